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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterRequest {
    /// Builds a `ManagedClusterRequest` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: None,
            configuration: None,
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ManagedClusterRequest {
    r#type: optional::<crate::ManagedClusterTypes>(r#type),
    configuration: optional::<::indexmap::IndexMap<String, String>>(configuration),
    description: nullable::<String>(description, description_null),
});
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
