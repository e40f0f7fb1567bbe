/// Specification of attribute sync configuration for a source
#[derive(Debug, Clone, PartialEq)]
pub struct AttrSyncSourceConfig {
    pub source: crate::AttrSyncSource,
    /// Attribute synchronization configuration for specific identity attributes in the context of a source
    pub attributes: Vec<crate::AttrSyncSourceAttributeConfig>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttrSyncSourceConfig {
    /// Builds a `AttrSyncSourceConfig` from its required fields; the others are unset.
    pub fn new(
        source: impl Into<crate::AttrSyncSource>,
        attributes: impl Into<Vec<crate::AttrSyncSourceAttributeConfig>>,
    ) -> Self {
        Self {
            source: source.into(),
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AttrSyncSourceConfig {
    source: required("source"),
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttrSyncSourceConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
