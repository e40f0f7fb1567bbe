#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiHostIntegrationsCreate {
    /// Multi-Host Integration's human-readable name.
    pub name: String,
    /// Multi-Host Integration's human-readable description.
    pub description: String,
    /// Reference to identity object who owns the source.
    pub owner: crate::MultiHostIntegrationsCreateOwner,
    /// Reference to the source's associated cluster.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cluster: Option<Option<crate::MultiHostIntegrationsCreateCluster>>,
    /// Connector script name.
    pub connector: String,
    /// Multi-Host Integration specific configuration. User can add any number of additional attributes. e.g. maxSourcesPerAggGroup, maxAllowedSources etc.
    #[serde(
        rename = "connectorAttributes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub connector_attributes: Option<::serde_json::Value>,
    /// Reference to management workgroup for the source.
    #[serde(
        rename = "managementWorkgroup",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub management_workgroup: Option<
        Option<crate::MultiHostIntegrationsCreateManagementWorkgroup>,
    >,
    /// Date-time when the source was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Date-time when the source was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsCreate {
    /// Builds a `MultiHostIntegrationsCreate` from its required fields; the others are unset.
    pub fn new(
        name: String,
        description: String,
        owner: crate::MultiHostIntegrationsCreateOwner,
        connector: String,
    ) -> Self {
        Self {
            name,
            description,
            owner,
            cluster: None,
            connector,
            connector_attributes: None,
            management_workgroup: None,
            created: None,
            modified: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCreate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cluster, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.management_workgroup, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
