/// Request to create Managed Cluster
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClusterRequest {
    /// ManagedCluster name
    pub name: String,
    /// The Type of Cluster
    pub r#type: Option<crate::ManagedClusterTypes>,
    /// ManagedProcess configuration map
    pub configuration: Option<::indexmap::IndexMap<String, String>>,
    /// ManagedCluster description
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterRequest {
    /// Builds a `ManagedClusterRequest` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: None,
            configuration: None,
            description: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::ManagedClusterTypes>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `configuration`.
    pub fn configuration(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.configuration = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(ManagedClusterRequest {
    name: required("name"),
    r#type: optional("type"),
    configuration: optional("configuration"),
    description: nullable("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClusterRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.configuration, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
