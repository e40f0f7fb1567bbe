/// Managed Client
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClient {
    /// ManagedClient ID
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// ManagedClient alert key
    ///
    /// Read-only: set by the server.
    pub alert_key: Option<String>,
    /// ManagedClient gateway base url
    ///
    /// Read-only: set by the server.
    pub api_gateway_base_url: Option<String>,
    /// Previous CC ID to be used in data migration. (This field will be deleted after CC migration!)
    pub cc_id: Option<i64>,
    /// The client ID used in API management
    pub client_id: String,
    /// Cluster ID that the ManagedClient is linked to
    pub cluster_id: String,
    /// VA cookbook
    ///
    /// Read-only: set by the server.
    pub cookbook: Option<String>,
    /// ManagedClient description
    pub description: String,
    /// The public IP address of the ManagedClient
    ///
    /// Read-only: set by the server.
    pub ip_address: Option<String>,
    /// When the ManagedClient was last seen by the server
    ///
    /// Read-only: set by the server.
    pub last_seen: Option<crate::primitives::DateTime>,
    /// ManagedClient name
    pub name: Option<String>,
    /// Milliseconds since the ManagedClient has polled the server
    ///
    /// Read-only: set by the server.
    pub since_last_seen: Option<String>,
    /// Status of the ManagedClient
    ///
    /// Read-only: set by the server.
    pub status: Option<crate::ManagedClientStatusEnum>,
    /// Type of the ManagedClient (VA, CCG)
    pub r#type: String,
    /// ManagedClient VA download URL
    ///
    /// Read-only: set by the server.
    pub va_download_url: Option<String>,
    /// Version that the ManagedClient's VA is running
    ///
    /// Read-only: set by the server.
    pub va_version: Option<String>,
    /// Client's apiKey
    pub secret: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClient {
    /// Builds a `ManagedClient` from its required fields; the others are unset.
    pub fn new(
        client_id: impl Into<String>,
        cluster_id: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            alert_key: None,
            api_gateway_base_url: None,
            cc_id: None,
            client_id: client_id.into(),
            cluster_id: cluster_id.into(),
            cookbook: None,
            description: description.into(),
            ip_address: None,
            last_seen: None,
            name: None,
            since_last_seen: None,
            status: None,
            r#type: r#type.into(),
            va_download_url: None,
            va_version: None,
            secret: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ManagedClient {
    id: optional::<String>(id),
    alert_key: optional::<String>(alert_key),
    api_gateway_base_url: optional::<String>(api_gateway_base_url),
    cc_id: optional::<i64>(cc_id),
    cookbook: optional::<String>(cookbook),
    ip_address: optional::<String>(ip_address),
    last_seen: optional::<crate::primitives::DateTime>(last_seen),
    name: optional::<String>(name),
    since_last_seen: optional::<String>(since_last_seen),
    status: optional::<crate::ManagedClientStatusEnum>(status),
    va_download_url: optional::<String>(va_download_url),
    va_version: optional::<String>(va_version),
    secret: optional::<String>(secret),
});
crate::serde_helpers::serde_struct!(ManagedClient {
    id: optional("id"),
    alert_key: optional("alertKey"),
    api_gateway_base_url: optional("apiGatewayBaseUrl"),
    cc_id: optional("ccId"),
    client_id: required("clientId"),
    cluster_id: required("clusterId"),
    cookbook: optional("cookbook"),
    description: required("description"),
    ip_address: optional("ipAddress"),
    last_seen: optional("lastSeen"),
    name: optional("name"),
    since_last_seen: optional("sinceLastSeen"),
    status: optional("status"),
    r#type: required("type"),
    va_download_url: optional("vaDownloadUrl"),
    va_version: optional("vaVersion"),
    secret: optional("secret"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClient {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
