#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormElement {
    /// Form element identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// FormElementType value.
    /// TEXT FormElementTypeText
    /// TOGGLE FormElementTypeToggle
    /// TEXTAREA FormElementTypeTextArea
    /// HIDDEN FormElementTypeHidden
    /// PHONE FormElementTypePhone
    /// EMAIL FormElementTypeEmail
    /// SELECT FormElementTypeSelect
    /// DATE FormElementTypeDate
    /// SECTION FormElementTypeSection
    /// COLUMN_SET FormElementTypeColumns
    /// IMAGE FormElementTypeImage
    /// DESCRIPTION FormElementTypeDescription
    #[serde(rename = "elementType", default, skip_serializing_if = "Option::is_none")]
    pub element_type: Option<crate::FormElementElementType>,
    /// Config object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub config: Option<::serde_json::Value>,
    /// Technical key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub validations: Option<Option<Vec<crate::FormElementValidationsSet>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormElement {
    /// Builds a `FormElement` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            element_type: None,
            config: None,
            key: None,
            validations: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormElement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.element_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.validations, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
