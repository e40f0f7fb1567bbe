/// Managed Client
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClient {
    /// ManagedClient ID
    ///
    /// Read-only: set by the server.
    pub id: Option<Option<String>>,
    /// ManagedClient alert key
    ///
    /// Read-only: set by the server.
    pub alert_key: Option<Option<String>>,
    pub api_gateway_base_url: Option<Option<String>>,
    pub cookbook: Option<Option<String>>,
    /// Previous CC ID to be used in data migration. (This field will be deleted after CC migration!)
    pub cc_id: Option<Option<i64>>,
    /// The client ID used in API management
    pub client_id: String,
    /// Cluster ID that the ManagedClient is linked to
    pub cluster_id: String,
    /// ManagedClient description
    pub description: String,
    /// The public IP address of the ManagedClient
    ///
    /// Read-only: set by the server.
    pub ip_address: Option<Option<String>>,
    /// When the ManagedClient was last seen by the server
    ///
    /// Read-only: set by the server.
    pub last_seen: Option<Option<crate::primitives::DateTime>>,
    /// ManagedClient name
    pub name: Option<Option<String>>,
    /// Milliseconds since the ManagedClient has polled the server
    ///
    /// Read-only: set by the server.
    pub since_last_seen: Option<Option<String>>,
    /// Status of the ManagedClient
    ///
    /// Read-only: set by the server.
    pub status: Option<Option<crate::ManagedClientStatus2>>,
    /// Type of the ManagedClient (VA, CCG)
    pub r#type: String,
    /// Cluster Type of the ManagedClient
    ///
    /// Read-only: set by the server.
    pub cluster_type: Option<Option<crate::ManagedClientClusterType>>,
    /// ManagedClient VA download URL
    ///
    /// Read-only: set by the server.
    pub va_download_url: Option<Option<String>>,
    /// Version that the ManagedClient's VA is running
    ///
    /// Read-only: set by the server.
    pub va_version: Option<Option<String>>,
    /// Client's apiKey
    pub secret: Option<Option<String>>,
    /// The date/time this ManagedClient was created
    pub created_at: Option<Option<crate::primitives::DateTime>>,
    /// The date/time this ManagedClient was last updated
    pub updated_at: Option<Option<crate::primitives::DateTime>>,
    /// The provisioning status of the ManagedClient
    ///
    /// Read-only: set by the server.
    pub provision_status: Option<Option<crate::ManagedClientProvisionStatus>>,
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
            cookbook: None,
            cc_id: None,
            client_id: client_id.into(),
            cluster_id: cluster_id.into(),
            description: description.into(),
            ip_address: None,
            last_seen: None,
            name: None,
            since_last_seen: None,
            status: None,
            r#type: r#type.into(),
            cluster_type: None,
            va_download_url: None,
            va_version: None,
            secret: None,
            created_at: None,
            updated_at: None,
            provision_status: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ManagedClient {
    id: nullable::<String>(id, id_null),
    alert_key: nullable::<String>(alert_key, alert_key_null),
    api_gateway_base_url: nullable::<String>(api_gateway_base_url, api_gateway_base_url_null),
    cookbook: nullable::<String>(cookbook, cookbook_null),
    cc_id: nullable::<i64>(cc_id, cc_id_null),
    ip_address: nullable::<String>(ip_address, ip_address_null),
    last_seen: nullable::<crate::primitives::DateTime>(last_seen, last_seen_null),
    name: nullable::<String>(name, name_null),
    since_last_seen: nullable::<String>(since_last_seen, since_last_seen_null),
    status: nullable::<crate::ManagedClientStatus2>(status, status_null),
    cluster_type: nullable::<crate::ManagedClientClusterType>(cluster_type, cluster_type_null),
    va_download_url: nullable::<String>(va_download_url, va_download_url_null),
    va_version: nullable::<String>(va_version, va_version_null),
    secret: nullable::<String>(secret, secret_null),
    created_at: nullable::<crate::primitives::DateTime>(created_at, created_at_null),
    updated_at: nullable::<crate::primitives::DateTime>(updated_at, updated_at_null),
    provision_status: nullable::<crate::ManagedClientProvisionStatus>(provision_status, provision_status_null),
});
crate::serde_helpers::serde_struct!(ManagedClient {
    id: nullable("id"),
    alert_key: nullable("alertKey"),
    api_gateway_base_url: nullable("apiGatewayBaseUrl"),
    cookbook: nullable("cookbook"),
    cc_id: nullable("ccId"),
    client_id: required("clientId"),
    cluster_id: required("clusterId"),
    description: required("description"),
    ip_address: nullable("ipAddress"),
    last_seen: nullable("lastSeen"),
    name: nullable("name"),
    since_last_seen: nullable("sinceLastSeen"),
    status: nullable("status"),
    r#type: required("type"),
    cluster_type: nullable("clusterType"),
    va_download_url: nullable("vaDownloadUrl"),
    va_version: nullable("vaVersion"),
    secret: nullable("secret"),
    created_at: nullable("createdAt"),
    updated_at: nullable("updatedAt"),
    provision_status: nullable("provisionStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClient {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cluster_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provision_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Cluster Type of the ManagedClient
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientClusterType {
    /// `idn`
    Idn,
    /// `iai`
    Iai,
    /// `spConnectCluster`
    SpConnectCluster,
    /// `sqsCluster`
    SqsCluster,
    /// `das-rc`
    DasRc,
    /// `das-pc`
    DasPc,
    /// `das-dc`
    DasDc,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientClusterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Idn => "idn",
            Self::Iai => "iai",
            Self::SpConnectCluster => "spConnectCluster",
            Self::SqsCluster => "sqsCluster",
            Self::DasRc => "das-rc",
            Self::DasPc => "das-pc",
            Self::DasDc => "das-dc",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientClusterType {
    fn from(value: &str) -> Self {
        match value {
            "idn" => Self::Idn,
            "iai" => Self::Iai,
            "spConnectCluster" => Self::SpConnectCluster,
            "sqsCluster" => Self::SqsCluster,
            "das-rc" => Self::DasRc,
            "das-pc" => Self::DasPc,
            "das-dc" => Self::DasDc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientClusterType);
/// The provisioning status of the ManagedClient
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientProvisionStatus {
    /// `PROVISIONED`
    Provisioned,
    /// `DRAFT`
    Draft,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientProvisionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Provisioned => "PROVISIONED",
            Self::Draft => "DRAFT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientProvisionStatus {
    fn from(value: &str) -> Self {
        match value {
            "PROVISIONED" => Self::Provisioned,
            "DRAFT" => Self::Draft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientProvisionStatus);
/// Status of the ManagedClient
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientStatus2 {
    /// `NORMAL`
    Normal,
    /// `UNDEFINED`
    Undefined,
    /// `NOT_CONFIGURED`
    NotConfigured,
    /// `CONFIGURING`
    Configuring,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientStatus2 {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Undefined => "UNDEFINED",
            Self::NotConfigured => "NOT_CONFIGURED",
            Self::Configuring => "CONFIGURING",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientStatus2 {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "UNDEFINED" => Self::Undefined,
            "NOT_CONFIGURED" => Self::NotConfigured,
            "CONFIGURING" => Self::Configuring,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientStatus2);
