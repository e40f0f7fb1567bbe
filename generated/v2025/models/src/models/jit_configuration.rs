#[derive(Debug, Clone, PartialEq, Default)]
pub struct JitConfiguration {
    /// The indicator for just-in-time provisioning enabled
    pub enabled: Option<bool>,
    /// the sourceId that mapped to just-in-time provisioning configuration
    pub source_id: Option<String>,
    /// A mapping of identity profile attribute names to SAML assertion attribute names
    pub source_attribute_mappings: Option<::indexmap::IndexMap<String, String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl JitConfiguration {
    /// Builds a `JitConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(JitConfiguration {
    enabled: optional::<bool>(enabled),
    source_id: optional::<String>(source_id),
    source_attribute_mappings: optional::<::indexmap::IndexMap<String, String>>(source_attribute_mappings),
});
crate::serde_helpers::serde_struct!(JitConfiguration {
    enabled: optional("enabled"),
    source_id: optional("sourceId"),
    source_attribute_mappings: optional("sourceAttributeMappings"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for JitConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source_attribute_mappings, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
