/// Type of Reassignment Configuration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigType {
    pub priority: Option<i64>,
    pub internal_name: Option<crate::ConfigTypeEnumCamel>,
    pub internal_name_camel: Option<crate::ConfigTypeEnum>,
    /// Human readable display name of the type to be shown on UI
    pub display_name: Option<String>,
    /// Description of the type of work to be reassigned, displayed by the UI.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigType {
    /// Builds a `ConfigType` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigType {
    priority: optional::<i64>(priority),
    internal_name: optional::<crate::ConfigTypeEnumCamel>(internal_name),
    internal_name_camel: optional::<crate::ConfigTypeEnum>(internal_name_camel),
    display_name: optional::<String>(display_name),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(ConfigType {
    priority: optional("priority"),
    internal_name: optional("internalName"),
    internal_name_camel: optional("internalNameCamel"),
    display_name: optional("displayName"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.internal_name, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.internal_name_camel, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
