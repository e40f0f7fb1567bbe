/// Specification of source attribute sync mapping configuration for an identity attribute
#[derive(Debug, Clone, PartialEq)]
pub struct AttrSyncSourceAttributeConfig {
    /// Name of the identity attribute
    pub name: String,
    /// Display name of the identity attribute
    pub display_name: String,
    /// Determines whether or not the attribute is enabled for synchronization
    pub enabled: bool,
    /// Name of the source account attribute to which the identity attribute value will be synchronized if enabled
    pub target: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttrSyncSourceAttributeConfig {
    /// Builds a `AttrSyncSourceAttributeConfig` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        display_name: impl Into<String>,
        enabled: impl Into<bool>,
        target: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            display_name: display_name.into(),
            enabled: enabled.into(),
            target: target.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AttrSyncSourceAttributeConfig {
    name: required("name"),
    display_name: required("displayName"),
    enabled: required("enabled"),
    target: required("target"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttrSyncSourceAttributeConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
