#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiHostIntegrations {
    /// Multi-Host Integration ID.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Multi-Host Integration's human-readable name.
    pub name: String,
    /// Multi-Host Integration's human-readable description.
    pub description: String,
    /// Reference to identity object who owns the source.
    pub owner: crate::MultiHostIntegrationsOwner,
    /// Reference to the source's associated cluster.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cluster: Option<Option<crate::MultiHostIntegrationsCluster>>,
    /// Specifies the type of system being managed e.g. Workday, Multi-Host - Microsoft SQL Server, etc.. If you are creating a delimited file source, you must set the `provisionasCsv` query parameter to `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Connector script name.
    pub connector: String,
    /// Last successfully uploaded source count of given Multi-Host Integration.
    #[serde(
        rename = "lastSourceUploadSuccessCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_source_upload_success_count: Option<i32>,
    /// Maximum sources that can contain in a aggregation group of Multi-Host Integration.
    #[serde(
        rename = "maxSourcesPerAggGroup",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub max_sources_per_agg_group: Option<i32>,
    /// Fully qualified name of the Java class that implements the connector interface.
    #[serde(rename = "connectorClass", default, skip_serializing_if = "Option::is_none")]
    pub connector_class: Option<String>,
    /// Connector specific configuration. This configuration will differ for Multi-Host Integration type.
    #[serde(
        rename = "connectorAttributes",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub connector_attributes: Option<crate::MultiHostIntegrationsConnectorAttributes>,
    /// Number from 0 to 100 that specifies when to skip the delete phase.
    #[serde(
        rename = "deleteThreshold",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub delete_threshold: Option<i32>,
    /// When this is true, it indicates that the source is referenced by an identity profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authoritative: Option<bool>,
    /// Reference to management workgroup for the source.
    #[serde(
        rename = "managementWorkgroup",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub management_workgroup: Option<
        Option<crate::MultiHostIntegrationsManagementWorkgroup>,
    >,
    /// When this is true, it indicates that the source is healthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthy: Option<bool>,
    /// Status identifier that gives specific information about why a source is or isn't healthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::MultiHostIntegrationsStatus>,
    /// Timestamp that shows when a source health check was last performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<crate::primitives::DateTime>,
    /// Connector ID
    #[serde(rename = "connectorId", default, skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<String>,
    /// Name of the connector that was chosen during source creation.
    #[serde(rename = "connectorName", default, skip_serializing_if = "Option::is_none")]
    pub connector_name: Option<String>,
    /// Type of connection (direct or file).
    #[serde(rename = "connectionType", default, skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<crate::MultiHostIntegrationsConnectionType>,
    /// Connector implementation ID.
    #[serde(
        rename = "connectorImplementationId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub connector_implementation_id: Option<String>,
    /// Date-time when the source was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Date-time when the source was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// If this is true, it enables a credential provider for the source. If credentialProvider is turned on,  then the source can use credential provider(s) to fetch credentials.
    #[serde(
        rename = "credentialProviderEnabled",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub credential_provider_enabled: Option<bool>,
    /// Source category (e.g. null, CredentialProvider).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub category: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrations {
    /// Builds a `MultiHostIntegrations` from its required fields; the others are unset.
    pub fn new(
        name: String,
        description: String,
        owner: crate::MultiHostIntegrationsOwner,
        connector: String,
    ) -> Self {
        Self {
            id: None,
            name,
            description,
            owner,
            cluster: None,
            r#type: None,
            connector,
            last_source_upload_success_count: None,
            max_sources_per_agg_group: None,
            connector_class: None,
            connector_attributes: None,
            delete_threshold: None,
            authoritative: None,
            management_workgroup: None,
            healthy: None,
            status: None,
            since: None,
            connector_id: None,
            connector_name: None,
            connection_type: None,
            connector_implementation_id: None,
            created: None,
            modified: None,
            credential_provider_enabled: None,
            category: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MultiHostIntegrations {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cluster, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.management_workgroup, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connection_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
