/// Type of Reassignment Configuration.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigType {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(rename = "internalName", default, skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<crate::ConfigTypeEnumCamel>,
    #[serde(
        rename = "internalNameCamel",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub internal_name_camel: Option<crate::ConfigTypeEnum>,
    /// Human readable display name of the type to be shown on UI
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description of the type of work to be reassigned, displayed by the UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConfigType {
    /// Builds a `ConfigType` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ConfigType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.internal_name, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.internal_name_camel, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
