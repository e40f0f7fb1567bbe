#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityAttributeV2024 {
    /// Identity attribute's technical name.
    pub name: String,
    /// Identity attribute's business-friendly name.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Indicates whether the attribute is 'standard' or 'default'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<bool>,
    /// Identity attribute's type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub r#type: Option<Option<String>>,
    /// Indicates whether the identity attribute is multi-valued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi: Option<bool>,
    /// Indicates whether the identity attribute is searchable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub searchable: Option<bool>,
    /// Indicates whether the identity attribute is 'system', meaning that it doesn't have a source and isn't configurable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<bool>,
    /// Identity attribute's list of sources - this specifies how the rule's value is derived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<crate::SourceV2024>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityAttributeV2024 {
    /// Builds a `IdentityAttributeV2024` from its required fields; the others are unset.
    pub fn new(name: String) -> Self {
        Self {
            name,
            display_name: None,
            standard: None,
            r#type: None,
            multi: None,
            searchable: None,
            system: None,
            sources: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributeV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.sources, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
