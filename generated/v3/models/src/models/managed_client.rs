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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }
    /// Sets `id` to an explicit `null`.
    pub fn id_null(mut self) -> Self {
        self.id = Some(None);
        self
    }
    /// Sets `alert_key`.
    pub fn alert_key(mut self, value: impl Into<String>) -> Self {
        self.alert_key = Some(Some(value.into()));
        self
    }
    /// Sets `alert_key` to an explicit `null`.
    pub fn alert_key_null(mut self) -> Self {
        self.alert_key = Some(None);
        self
    }
    /// Sets `api_gateway_base_url`.
    pub fn api_gateway_base_url(mut self, value: impl Into<String>) -> Self {
        self.api_gateway_base_url = Some(Some(value.into()));
        self
    }
    /// Sets `api_gateway_base_url` to an explicit `null`.
    pub fn api_gateway_base_url_null(mut self) -> Self {
        self.api_gateway_base_url = Some(None);
        self
    }
    /// Sets `cookbook`.
    pub fn cookbook(mut self, value: impl Into<String>) -> Self {
        self.cookbook = Some(Some(value.into()));
        self
    }
    /// Sets `cookbook` to an explicit `null`.
    pub fn cookbook_null(mut self) -> Self {
        self.cookbook = Some(None);
        self
    }
    /// Sets `cc_id`.
    pub fn cc_id(mut self, value: impl Into<i64>) -> Self {
        self.cc_id = Some(Some(value.into()));
        self
    }
    /// Sets `cc_id` to an explicit `null`.
    pub fn cc_id_null(mut self) -> Self {
        self.cc_id = Some(None);
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(Some(value.into()));
        self
    }
    /// Sets `ip_address` to an explicit `null`.
    pub fn ip_address_null(mut self) -> Self {
        self.ip_address = Some(None);
        self
    }
    /// Sets `last_seen`.
    pub fn last_seen(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.last_seen = Some(Some(value.into()));
        self
    }
    /// Sets `last_seen` to an explicit `null`.
    pub fn last_seen_null(mut self) -> Self {
        self.last_seen = Some(None);
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
    /// Sets `since_last_seen`.
    pub fn since_last_seen(mut self, value: impl Into<String>) -> Self {
        self.since_last_seen = Some(Some(value.into()));
        self
    }
    /// Sets `since_last_seen` to an explicit `null`.
    pub fn since_last_seen_null(mut self) -> Self {
        self.since_last_seen = Some(None);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::ManagedClientStatus2>) -> Self {
        self.status = Some(Some(value.into()));
        self
    }
    /// Sets `status` to an explicit `null`.
    pub fn status_null(mut self) -> Self {
        self.status = Some(None);
        self
    }
    /// Sets `cluster_type`.
    pub fn cluster_type(
        mut self,
        value: impl Into<crate::ManagedClientClusterType>,
    ) -> Self {
        self.cluster_type = Some(Some(value.into()));
        self
    }
    /// Sets `cluster_type` to an explicit `null`.
    pub fn cluster_type_null(mut self) -> Self {
        self.cluster_type = Some(None);
        self
    }
    /// Sets `va_download_url`.
    pub fn va_download_url(mut self, value: impl Into<String>) -> Self {
        self.va_download_url = Some(Some(value.into()));
        self
    }
    /// Sets `va_download_url` to an explicit `null`.
    pub fn va_download_url_null(mut self) -> Self {
        self.va_download_url = Some(None);
        self
    }
    /// Sets `va_version`.
    pub fn va_version(mut self, value: impl Into<String>) -> Self {
        self.va_version = Some(Some(value.into()));
        self
    }
    /// Sets `va_version` to an explicit `null`.
    pub fn va_version_null(mut self) -> Self {
        self.va_version = Some(None);
        self
    }
    /// Sets `secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(Some(value.into()));
        self
    }
    /// Sets `secret` to an explicit `null`.
    pub fn secret_null(mut self) -> Self {
        self.secret = Some(None);
        self
    }
    /// Sets `created_at`.
    pub fn created_at(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created_at = Some(Some(value.into()));
        self
    }
    /// Sets `created_at` to an explicit `null`.
    pub fn created_at_null(mut self) -> Self {
        self.created_at = Some(None);
        self
    }
    /// Sets `updated_at`.
    pub fn updated_at(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.updated_at = Some(Some(value.into()));
        self
    }
    /// Sets `updated_at` to an explicit `null`.
    pub fn updated_at_null(mut self) -> Self {
        self.updated_at = Some(None);
        self
    }
    /// Sets `provision_status`.
    pub fn provision_status(
        mut self,
        value: impl Into<crate::ManagedClientProvisionStatus>,
    ) -> Self {
        self.provision_status = Some(Some(value.into()));
        self
    }
    /// Sets `provision_status` to an explicit `null`.
    pub fn provision_status_null(mut self) -> Self {
        self.provision_status = Some(None);
        self
    }
}
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
