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
