#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseSettings {
    /// Indicates whether the feature or configuration is enabled.
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    pub cluster_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BaseSettings {
    /// Builds a `BaseSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `is_enabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.is_enabled = Some(value.into());
        self
    }
    /// Sets `cluster_id`.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(Some(value.into()));
        self
    }
    /// Sets `cluster_id` to an explicit `null`.
    pub fn cluster_id_null(mut self) -> Self {
        self.cluster_id = Some(None);
        self
    }
}
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
