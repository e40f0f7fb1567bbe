#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseSettings {
    /// Indicates whether the feature or configuration is enabled.
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    pub cluster_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseSettings {
    /// Builds a `BaseSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BaseSettings {
    is_enabled: optional::<bool>(is_enabled),
    cluster_id: nullable::<String>(cluster_id, cluster_id_null),
});
crate::serde_helpers::serde_struct!(BaseSettings {
    is_enabled: optional("isEnabled"),
    cluster_id: nullable("clusterId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseSettings {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
