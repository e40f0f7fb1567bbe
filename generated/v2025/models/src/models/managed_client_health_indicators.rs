/// Health Indicators for a Managed Client
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicators {
    /// Health indicator details from the Managed Client
    pub body: crate::ManagedClientHealthIndicatorsBody,
    /// Top-level status of the Managed Client
    pub status: crate::ManagedClientHealthIndicatorsStatus,
    /// Type of the Managed Client
    pub r#type: crate::ManagedClientHealthIndicatorsType,
    /// Timestamp when this report was generated
    pub timestamp: crate::primitives::DateTime,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicators {
    /// Builds a `ManagedClientHealthIndicators` from its required fields; the others are unset.
    pub fn new(
        body: crate::ManagedClientHealthIndicatorsBody,
        status: crate::ManagedClientHealthIndicatorsStatus,
        r#type: crate::ManagedClientHealthIndicatorsType,
        timestamp: crate::primitives::DateTime,
    ) -> Self {
        Self {
            body,
            status,
            r#type,
            timestamp,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClientHealthIndicators {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.body, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Health indicator details from the Managed Client
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicatorsBody {
    /// Health indicator alert key
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "alertKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub alert_key: Option<Option<String>>,
    /// Unique identifier for the health report
    pub id: String,
    /// Cluster ID the health report belongs to
    #[serde(rename = "clusterId")]
    pub cluster_id: String,
    /// API user ID sending the health data
    #[serde(rename = "apiUser")]
    pub api_user: String,
    /// ETag value for CCG version control
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub ccg_etag: Option<Option<String>>,
    /// PIN value for CCG validation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub ccg_pin: Option<Option<String>>,
    /// ETag for cookbook version
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cookbook_etag: Option<Option<String>>,
    /// Hostname of the Managed Client
    pub hostname: String,
    /// Internal IP address of the Managed Client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_ip: Option<String>,
    /// Epoch timestamp (in millis) when last seen
    #[serde(rename = "lastSeen", default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Seconds since last seen
    #[serde(rename = "sinceSeen", default, skip_serializing_if = "Option::is_none")]
    pub since_seen: Option<String>,
    /// Milliseconds since last seen
    #[serde(
        rename = "sinceSeenMillis",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub since_seen_millis: Option<String>,
    /// Indicates if this is a local development instance
    #[serde(rename = "localDev", default, skip_serializing_if = "Option::is_none")]
    pub local_dev: Option<bool>,
    /// Stacktrace associated with any error, if available
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub stacktrace: Option<Option<String>>,
    /// Optional state value from the client
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub state: Option<Option<String>>,
    /// Status of the client at the time of report
    pub status: crate::ManagedClientHealthIndicatorsBodyStatus,
    /// Optional UUID from the client
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub uuid: Option<Option<String>>,
    /// Product type (e.g., idn)
    pub product: String,
    /// VA version installed on the client
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub va_version: Option<Option<String>>,
    /// Version of the platform on which VA is running
    pub platform_version: String,
    /// Operating system version
    pub os_version: String,
    /// Operating system type
    pub os_type: String,
    /// Virtualization platform used
    pub hypervisor: String,
    /// Consolidated health indicator status
    #[serde(rename = "consolidatedHealthIndicatorsStatus")]
    pub consolidated_health_indicators_status: crate::ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus,
    /// The last CCG version for which notification was sent
    #[serde(
        rename = "lastNotifiedCcgVersion",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_notified_ccg_version: Option<String>,
    /// Information about deployed processes
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub deployed_processes: Option<Option<String>>,
    /// Health indicators grouped by category
    pub health_indicators: crate::ManagedClientHealthIndicatorsBodyHealthIndicators,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBody {
    /// Builds a `ManagedClientHealthIndicatorsBody` from its required fields; the others are unset.
    pub fn new(
        id: String,
        cluster_id: String,
        api_user: String,
        hostname: String,
        status: crate::ManagedClientHealthIndicatorsBodyStatus,
        product: String,
        platform_version: String,
        os_version: String,
        os_type: String,
        hypervisor: String,
        consolidated_health_indicators_status: crate::ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus,
        health_indicators: crate::ManagedClientHealthIndicatorsBodyHealthIndicators,
    ) -> Self {
        Self {
            alert_key: None,
            id,
            cluster_id,
            api_user,
            ccg_etag: None,
            ccg_pin: None,
            cookbook_etag: None,
            hostname,
            internal_ip: None,
            last_seen: None,
            since_seen: None,
            since_seen_millis: None,
            local_dev: None,
            stacktrace: None,
            state: None,
            status,
            uuid: None,
            product,
            va_version: None,
            platform_version,
            os_version,
            os_type,
            hypervisor,
            consolidated_health_indicators_status,
            last_notified_ccg_version: None,
            deployed_processes: None,
            health_indicators,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClientHealthIndicatorsBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.consolidated_health_indicators_status,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.health_indicators, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Consolidated health indicator status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus {
    /// `NORMAL`
    Normal,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus
);
/// Health indicators grouped by category
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<
        crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<
        crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicators {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicators` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit
for ManagedClientHealthIndicatorsBodyHealthIndicators {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.container, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.memory, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cpu, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Health indicator category data with errors and warnings
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    /// List of error events for this category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<
        Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>,
    >,
    /// List of warning events for this category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<
        Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit
for ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.warnings, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Individual error or warning event
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    /// Description of the issue
    #[serde(
        rename = "detailedMessage",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub detailed_message: Option<String>,
    /// Unique identifier for the health event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Optional URL associated with the issue
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub url: Option<Option<String>>,
    /// Time when the event occurred
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Last time notification was sent for this issue
    #[serde(
        rename = "lastNotifiedTimeStamp",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_notified_time_stamp: Option<crate::primitives::DateTime>,
    /// CPU usage percentage
    #[serde(
        rename = "cpuUtilizationPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cpu_utilization_percentage: Option<Option<f64>>,
    /// Free memory percentage
    #[serde(
        rename = "freeSpacePercentage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub free_space_percentage: Option<Option<f64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit
for ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Status of the client at the time of report
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientHealthIndicatorsBodyStatus {
    /// `NORMAL`
    Normal,
    /// `UNDEFINED`
    Undefined,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientHealthIndicatorsBodyStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Undefined => "UNDEFINED",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientHealthIndicatorsBodyStatus {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "UNDEFINED" => Self::Undefined,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientHealthIndicatorsBodyStatus);
/// Top-level status of the Managed Client
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientHealthIndicatorsStatus {
    /// `NORMAL`
    Normal,
    /// `UNDEFINED`
    Undefined,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientHealthIndicatorsStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Undefined => "UNDEFINED",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientHealthIndicatorsStatus {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "UNDEFINED" => Self::Undefined,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientHealthIndicatorsStatus);
/// Type of the Managed Client
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientHealthIndicatorsType {
    /// `VA`
    Va,
    /// `CCG`
    Ccg,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientHealthIndicatorsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Va => "VA",
            Self::Ccg => "CCG",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientHealthIndicatorsType {
    fn from(value: &str) -> Self {
        match value {
            "VA" => Self::Va,
            "CCG" => Self::Ccg,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientHealthIndicatorsType);
