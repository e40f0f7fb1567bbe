/// Health Indicators for a Managed Client
#[derive(Debug, Clone, PartialEq)]
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClientHealthIndicators {
    /// Builds a `ManagedClientHealthIndicators` from its required fields; the others are unset.
    pub fn new(
        body: impl Into<crate::ManagedClientHealthIndicatorsBody>,
        status: impl Into<crate::ManagedClientHealthIndicatorsStatus>,
        r#type: impl Into<crate::ManagedClientHealthIndicatorsType>,
        timestamp: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        Self {
            body: body.into(),
            status: status.into(),
            r#type: r#type.into(),
            timestamp: timestamp.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ManagedClientHealthIndicators {
    body: required("body"),
    status: required("status"),
    r#type: required("type"),
    timestamp: required("timestamp"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClientHealthIndicators {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.body, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Health indicator details from the Managed Client
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClientHealthIndicatorsBody {
    /// Health indicator alert key
    ///
    /// Read-only: set by the server.
    pub alert_key: Option<Option<String>>,
    /// Unique identifier for the health report
    pub id: String,
    /// Cluster ID the health report belongs to
    pub cluster_id: String,
    /// API user ID sending the health data
    pub api_user: String,
    /// ETag value for CCG version control
    pub ccg_etag: Option<Option<String>>,
    /// PIN value for CCG validation
    pub ccg_pin: Option<Option<String>>,
    /// ETag for cookbook version
    pub cookbook_etag: Option<Option<String>>,
    /// Hostname of the Managed Client
    pub hostname: String,
    /// Internal IP address of the Managed Client
    pub internal_ip: Option<String>,
    /// Epoch timestamp (in millis) when last seen
    pub last_seen: Option<String>,
    /// Seconds since last seen
    pub since_seen: Option<String>,
    /// Milliseconds since last seen
    pub since_seen_millis: Option<String>,
    /// Indicates if this is a local development instance
    pub local_dev: Option<bool>,
    /// Stacktrace associated with any error, if available
    pub stacktrace: Option<Option<String>>,
    /// Optional state value from the client
    pub state: Option<Option<String>>,
    /// Status of the client at the time of report
    pub status: crate::ManagedClientHealthIndicatorsBodyStatus,
    /// Optional UUID from the client
    pub uuid: Option<Option<String>>,
    /// Product type (e.g., idn)
    pub product: String,
    /// VA version installed on the client
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
    pub consolidated_health_indicators_status: crate::ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus,
    /// The last CCG version for which notification was sent
    pub last_notified_ccg_version: Option<String>,
    /// Information about deployed processes
    pub deployed_processes: Option<Option<String>>,
    /// Health indicators grouped by category
    pub health_indicators: crate::ManagedClientHealthIndicatorsBodyHealthIndicators,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBody {
    /// Builds a `ManagedClientHealthIndicatorsBody` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        cluster_id: impl Into<String>,
        api_user: impl Into<String>,
        hostname: impl Into<String>,
        status: impl Into<crate::ManagedClientHealthIndicatorsBodyStatus>,
        product: impl Into<String>,
        platform_version: impl Into<String>,
        os_version: impl Into<String>,
        os_type: impl Into<String>,
        hypervisor: impl Into<String>,
        consolidated_health_indicators_status: impl Into<
            crate::ManagedClientHealthIndicatorsBodyConsolidatedHealthIndicatorsStatus,
        >,
        health_indicators: impl Into<
            crate::ManagedClientHealthIndicatorsBodyHealthIndicators,
        >,
    ) -> Self {
        Self {
            alert_key: None,
            id: id.into(),
            cluster_id: cluster_id.into(),
            api_user: api_user.into(),
            ccg_etag: None,
            ccg_pin: None,
            cookbook_etag: None,
            hostname: hostname.into(),
            internal_ip: None,
            last_seen: None,
            since_seen: None,
            since_seen_millis: None,
            local_dev: None,
            stacktrace: None,
            state: None,
            status: status.into(),
            uuid: None,
            product: product.into(),
            va_version: None,
            platform_version: platform_version.into(),
            os_version: os_version.into(),
            os_type: os_type.into(),
            hypervisor: hypervisor.into(),
            consolidated_health_indicators_status: consolidated_health_indicators_status
                .into(),
            last_notified_ccg_version: None,
            deployed_processes: None,
            health_indicators: health_indicators.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ManagedClientHealthIndicatorsBody {
    alert_key: nullable::<String>(alert_key, alert_key_null),
    ccg_etag: nullable::<String>(ccg_etag, ccg_etag_null),
    ccg_pin: nullable::<String>(ccg_pin, ccg_pin_null),
    cookbook_etag: nullable::<String>(cookbook_etag, cookbook_etag_null),
    internal_ip: optional::<String>(internal_ip),
    last_seen: optional::<String>(last_seen),
    since_seen: optional::<String>(since_seen),
    since_seen_millis: optional::<String>(since_seen_millis),
    local_dev: optional::<bool>(local_dev),
    stacktrace: nullable::<String>(stacktrace, stacktrace_null),
    state: nullable::<String>(state, state_null),
    uuid: nullable::<String>(uuid, uuid_null),
    va_version: nullable::<String>(va_version, va_version_null),
    last_notified_ccg_version: optional::<String>(last_notified_ccg_version),
    deployed_processes: nullable::<String>(deployed_processes, deployed_processes_null),
});
crate::serde_helpers::serde_struct!(ManagedClientHealthIndicatorsBody {
    alert_key: nullable("alertKey"),
    id: required("id"),
    cluster_id: required("clusterId"),
    api_user: required("apiUser"),
    ccg_etag: nullable("ccg_etag"),
    ccg_pin: nullable("ccg_pin"),
    cookbook_etag: nullable("cookbook_etag"),
    hostname: required("hostname"),
    internal_ip: optional("internal_ip"),
    last_seen: optional("lastSeen"),
    since_seen: optional("sinceSeen"),
    since_seen_millis: optional("sinceSeenMillis"),
    local_dev: optional("localDev"),
    stacktrace: nullable("stacktrace"),
    state: nullable("state"),
    status: required("status"),
    uuid: nullable("uuid"),
    product: required("product"),
    va_version: nullable("va_version"),
    platform_version: required("platform_version"),
    os_version: required("os_version"),
    os_type: required("os_type"),
    hypervisor: required("hypervisor"),
    consolidated_health_indicators_status: required("consolidatedHealthIndicatorsStatus"),
    last_notified_ccg_version: optional("lastNotifiedCcgVersion"),
    deployed_processes: nullable("deployed_processes"),
    health_indicators: required("health_indicators"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicators {
    pub container: Option<
        crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
    >,
    pub memory: Option<
        crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
    >,
    pub cpu: Option<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicators {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicators` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClientHealthIndicatorsBodyHealthIndicators {
    container: optional::<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer>(container),
    memory: optional::<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer>(memory),
    cpu: optional::<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer>(cpu),
});
crate::serde_helpers::serde_struct!(ManagedClientHealthIndicatorsBodyHealthIndicators {
    container: optional("container"),
    memory: optional("memory"),
    cpu: optional("cpu"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    /// List of error events for this category
    pub errors: Option<
        Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>,
    >,
    /// List of warning events for this category
    pub warnings: Option<
        Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    errors: optional::<Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>>(errors),
    warnings: optional::<Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>>(warnings),
});
crate::serde_helpers::serde_struct!(ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    errors: optional("errors"),
    warnings: optional("warnings"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.warnings, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Individual error or warning event
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    /// Description of the issue
    pub detailed_message: Option<String>,
    /// Unique identifier for the health event
    pub uuid: Option<String>,
    /// Optional URL associated with the issue
    pub url: Option<Option<String>>,
    /// Time when the event occurred
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Last time notification was sent for this issue
    pub last_notified_time_stamp: Option<crate::primitives::DateTime>,
    /// CPU usage percentage
    pub cpu_utilization_percentage: Option<Option<f64>>,
    /// Free memory percentage
    pub free_space_percentage: Option<Option<f64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    detailed_message: optional::<String>(detailed_message),
    uuid: optional::<String>(uuid),
    url: nullable::<String>(url, url_null),
    timestamp: optional::<crate::primitives::DateTime>(timestamp),
    last_notified_time_stamp: optional::<crate::primitives::DateTime>(last_notified_time_stamp),
    cpu_utilization_percentage: nullable::<f64>(cpu_utilization_percentage, cpu_utilization_percentage_null),
    free_space_percentage: nullable::<f64>(free_space_percentage, free_space_percentage_null),
});
crate::serde_helpers::serde_struct!(ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    detailed_message: optional("detailedMessage"),
    uuid: optional("uuid"),
    url: nullable("url"),
    timestamp: optional("timestamp"),
    last_notified_time_stamp: optional("lastNotifiedTimeStamp"),
    cpu_utilization_percentage: nullable("cpuUtilizationPercentage"),
    free_space_percentage: nullable("freeSpacePercentage"),
    ..additional_properties
});
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
