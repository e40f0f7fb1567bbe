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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
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
    /// Sets `ccg_etag`.
    pub fn ccg_etag(mut self, value: impl Into<String>) -> Self {
        self.ccg_etag = Some(Some(value.into()));
        self
    }
    /// Sets `ccg_etag` to an explicit `null`.
    pub fn ccg_etag_null(mut self) -> Self {
        self.ccg_etag = Some(None);
        self
    }
    /// Sets `ccg_pin`.
    pub fn ccg_pin(mut self, value: impl Into<String>) -> Self {
        self.ccg_pin = Some(Some(value.into()));
        self
    }
    /// Sets `ccg_pin` to an explicit `null`.
    pub fn ccg_pin_null(mut self) -> Self {
        self.ccg_pin = Some(None);
        self
    }
    /// Sets `cookbook_etag`.
    pub fn cookbook_etag(mut self, value: impl Into<String>) -> Self {
        self.cookbook_etag = Some(Some(value.into()));
        self
    }
    /// Sets `cookbook_etag` to an explicit `null`.
    pub fn cookbook_etag_null(mut self) -> Self {
        self.cookbook_etag = Some(None);
        self
    }
    /// Sets `internal_ip`.
    pub fn internal_ip(mut self, value: impl Into<String>) -> Self {
        self.internal_ip = Some(value.into());
        self
    }
    /// Sets `last_seen`.
    pub fn last_seen(mut self, value: impl Into<String>) -> Self {
        self.last_seen = Some(value.into());
        self
    }
    /// Sets `since_seen`.
    pub fn since_seen(mut self, value: impl Into<String>) -> Self {
        self.since_seen = Some(value.into());
        self
    }
    /// Sets `since_seen_millis`.
    pub fn since_seen_millis(mut self, value: impl Into<String>) -> Self {
        self.since_seen_millis = Some(value.into());
        self
    }
    /// Sets `local_dev`.
    pub fn local_dev(mut self, value: impl Into<bool>) -> Self {
        self.local_dev = Some(value.into());
        self
    }
    /// Sets `stacktrace`.
    pub fn stacktrace(mut self, value: impl Into<String>) -> Self {
        self.stacktrace = Some(Some(value.into()));
        self
    }
    /// Sets `stacktrace` to an explicit `null`.
    pub fn stacktrace_null(mut self) -> Self {
        self.stacktrace = Some(None);
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(Some(value.into()));
        self
    }
    /// Sets `state` to an explicit `null`.
    pub fn state_null(mut self) -> Self {
        self.state = Some(None);
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(Some(value.into()));
        self
    }
    /// Sets `uuid` to an explicit `null`.
    pub fn uuid_null(mut self) -> Self {
        self.uuid = Some(None);
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
    /// Sets `last_notified_ccg_version`.
    pub fn last_notified_ccg_version(mut self, value: impl Into<String>) -> Self {
        self.last_notified_ccg_version = Some(value.into());
        self
    }
    /// Sets `deployed_processes`.
    pub fn deployed_processes(mut self, value: impl Into<String>) -> Self {
        self.deployed_processes = Some(Some(value.into()));
        self
    }
    /// Sets `deployed_processes` to an explicit `null`.
    pub fn deployed_processes_null(mut self) -> Self {
        self.deployed_processes = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicators {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicators` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `container`.
    pub fn container(
        mut self,
        value: impl Into<
            crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
        >,
    ) -> Self {
        self.container = Some(value.into());
        self
    }
    /// Sets `memory`.
    pub fn memory(
        mut self,
        value: impl Into<
            crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
        >,
    ) -> Self {
        self.memory = Some(value.into());
        self
    }
    /// Sets `cpu`.
    pub fn cpu(
        mut self,
        value: impl Into<
            crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
        >,
    ) -> Self {
        self.cpu = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `errors`.
    pub fn errors(
        mut self,
        value: impl Into<
            Vec<
                crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem,
            >,
        >,
    ) -> Self {
        self.errors = Some(value.into());
        self
    }
    /// Sets `warnings`.
    pub fn warnings(
        mut self,
        value: impl Into<
            Vec<
                crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem,
            >,
        >,
    ) -> Self {
        self.warnings = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detailed_message`.
    pub fn detailed_message(mut self, value: impl Into<String>) -> Self {
        self.detailed_message = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(Some(value.into()));
        self
    }
    /// Sets `url` to an explicit `null`.
    pub fn url_null(mut self) -> Self {
        self.url = Some(None);
        self
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.timestamp = Some(value.into());
        self
    }
    /// Sets `last_notified_time_stamp`.
    pub fn last_notified_time_stamp(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_notified_time_stamp = Some(value.into());
        self
    }
    /// Sets `cpu_utilization_percentage`.
    pub fn cpu_utilization_percentage(mut self, value: impl Into<f64>) -> Self {
        self.cpu_utilization_percentage = Some(Some(value.into()));
        self
    }
    /// Sets `cpu_utilization_percentage` to an explicit `null`.
    pub fn cpu_utilization_percentage_null(mut self) -> Self {
        self.cpu_utilization_percentage = Some(None);
        self
    }
    /// Sets `free_space_percentage`.
    pub fn free_space_percentage(mut self, value: impl Into<f64>) -> Self {
        self.free_space_percentage = Some(Some(value.into()));
        self
    }
    /// Sets `free_space_percentage` to an explicit `null`.
    pub fn free_space_percentage_null(mut self) -> Self {
        self.free_space_percentage = Some(None);
        self
    }
}
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
