/// Managed Client Request
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClientRequest {
    /// Cluster ID that the ManagedClient is linked to
    pub cluster_id: String,
    /// description for the ManagedClient to create
    pub description: Option<Option<String>>,
    /// name for the ManagedClient to create
    pub name: Option<Option<String>>,
    /// Type of the ManagedClient (VA, CCG) to create
    pub r#type: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientRequest {
    /// Builds a `ManagedClientRequest` from its required fields; the others are unset.
    pub fn new(cluster_id: impl Into<String>) -> Self {
        Self {
            cluster_id: cluster_id.into(),
            description: None,
            name: None,
            r#type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
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
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(Some(value.into()));
        self
    }
    /// Sets `type` to an explicit `null`.
    pub fn type_null(mut self) -> Self {
        self.r#type = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(ManagedClientRequest {
    cluster_id: required("clusterId"),
    description: nullable("description"),
    name: nullable("name"),
    r#type: nullable("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClientRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
