#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityAttributesChangedChangesItem {
    /// The name of the identity attribute that changed.
    pub attribute: String,
    /// The value of the identity attribute before it changed.
    #[serde(
        rename = "oldValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub old_value: Option<crate::IdentityAttributesChangedChangesItemOldValue>,
    /// The value of the identity attribute after it changed.
    #[serde(
        rename = "newValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub new_value: Option<crate::IdentityAttributesChangedChangesItemNewValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityAttributesChangedChangesItem {
    /// Builds a `IdentityAttributesChangedChangesItem` from its required fields; the others are unset.
    pub fn new(attribute: String) -> Self {
        Self {
            attribute,
            old_value: None,
            new_value: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.old_value, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.new_value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
