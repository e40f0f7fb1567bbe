/// Managed Cluster
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedCluster {
    /// ManagedCluster ID
    pub id: String,
    /// ManagedCluster name
    pub name: Option<String>,
    /// ManagedCluster pod
    pub pod: Option<String>,
    /// ManagedCluster org
    pub org: Option<String>,
    /// The Type of Cluster
    pub r#type: Option<crate::ManagedClusterTypes>,
    /// ManagedProcess configuration map
    pub configuration: Option<::indexmap::IndexMap<String, Option<String>>>,
    /// key pair for the ManagedCluster
    pub key_pair: Option<crate::ManagedClusterKeyPair>,
    /// Specific Attributes for Configuring a ManagedCluster by Type
    pub attributes: Option<crate::ManagedClusterAttributes>,
    /// ManagedCluster description
    pub description: Option<String>,
    /// Redis configuration for the ManagedCluster
    pub redis: Option<crate::ManagedClusterRedis>,
    /// type of client for the ManagedCluster
    pub client_type: Option<crate::ManagedClientType>,
    /// CCG version used by the ManagedCluster
    pub ccg_version: String,
    /// boolean flag indicating whether or not the cluster configuration is pinned
    pub pinned_config: Option<bool>,
    /// client log configuration for the cluster
    pub log_configuration: Option<Option<crate::ClientLogConfiguration>>,
    /// Whether or not the cluster is operational or not
    pub operational: Option<bool>,
    /// Cluster status
    pub status: Option<crate::ManagedClusterStatus>,
    /// Public key certificate
    pub public_key_certificate: Option<Option<String>>,
    /// Public key thumbprint
    pub public_key_thumbprint: Option<Option<String>>,
    /// Public key
    pub public_key: Option<Option<String>>,
    pub encryption_configuration: Option<crate::ManagedClusterEncryptionConfiguration>,
    /// Key describing any immediate cluster alerts
    pub alert_key: Option<String>,
    /// List of clients in a cluster
    pub client_ids: Option<Vec<String>>,
    /// Number of services bound to a cluster
    pub service_count: Option<i32>,
    /// CC ID only used in calling CC, will be removed without notice when Migration to CEGS is finished
    pub cc_id: Option<String>,
    /// The date/time this cluster was created
    pub created_at: Option<Option<crate::primitives::DateTime>>,
    /// The date/time this cluster was last updated
    pub updated_at: Option<Option<crate::primitives::DateTime>>,
    /// The date/time this cluster was notified for the last release
    pub last_release_notified_at: Option<Option<crate::primitives::DateTime>>,
    /// The preference for applying updates for the cluster
    pub update_preferences: Option<crate::ManagedClusterUpdatePreferences>,
    /// The current installed release on the Managed cluster
    pub current_installed_release_version: Option<Option<String>>,
    /// New available updates for the Managed cluster
    pub update_package: Option<Option<String>>,
    /// The time at which out of date notification was sent for the Managed cluster
    pub is_out_of_date_notified_at: Option<Option<crate::primitives::DateTime>>,
    /// The consolidated Health Status for the Managed cluster
    pub consolidated_health_indicators_status: Option<
        Option<crate::ManagedClusterConsolidatedHealthIndicatorsStatus>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedCluster {
    /// Builds a `ManagedCluster` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        client_type: impl Into<Option<crate::ManagedClientType>>,
        ccg_version: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: None,
            pod: None,
            org: None,
            r#type: None,
            configuration: None,
            key_pair: None,
            attributes: None,
            description: None,
            redis: None,
            client_type: client_type.into(),
            ccg_version: ccg_version.into(),
            pinned_config: None,
            log_configuration: None,
            operational: None,
            status: None,
            public_key_certificate: None,
            public_key_thumbprint: None,
            public_key: None,
            encryption_configuration: None,
            alert_key: None,
            client_ids: None,
            service_count: None,
            cc_id: None,
            created_at: None,
            updated_at: None,
            last_release_notified_at: None,
            update_preferences: None,
            current_installed_release_version: None,
            update_package: None,
            is_out_of_date_notified_at: None,
            consolidated_health_indicators_status: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ManagedCluster {
    name: optional::<String>(name),
    pod: optional::<String>(pod),
    org: optional::<String>(org),
    r#type: optional::<crate::ManagedClusterTypes>(r#type),
    configuration: optional::<::indexmap::IndexMap<String, Option<String>>>(configuration),
    key_pair: optional::<crate::ManagedClusterKeyPair>(key_pair),
    attributes: optional::<crate::ManagedClusterAttributes>(attributes),
    description: optional::<String>(description),
    redis: optional::<crate::ManagedClusterRedis>(redis),
    pinned_config: optional::<bool>(pinned_config),
    log_configuration: nullable::<crate::ClientLogConfiguration>(log_configuration, log_configuration_null),
    operational: optional::<bool>(operational),
    status: optional::<crate::ManagedClusterStatus>(status),
    public_key_certificate: nullable::<String>(public_key_certificate, public_key_certificate_null),
    public_key_thumbprint: nullable::<String>(public_key_thumbprint, public_key_thumbprint_null),
    public_key: nullable::<String>(public_key, public_key_null),
    encryption_configuration: optional::<crate::ManagedClusterEncryptionConfiguration>(encryption_configuration),
    alert_key: optional::<String>(alert_key),
    client_ids: optional::<Vec<String>>(client_ids),
    service_count: optional::<i32>(service_count),
    cc_id: optional::<String>(cc_id),
    created_at: nullable::<crate::primitives::DateTime>(created_at, created_at_null),
    updated_at: nullable::<crate::primitives::DateTime>(updated_at, updated_at_null),
    last_release_notified_at: nullable::<crate::primitives::DateTime>(last_release_notified_at, last_release_notified_at_null),
    update_preferences: optional::<crate::ManagedClusterUpdatePreferences>(update_preferences),
    current_installed_release_version: nullable::<String>(current_installed_release_version, current_installed_release_version_null),
    update_package: nullable::<String>(update_package, update_package_null),
    is_out_of_date_notified_at: nullable::<crate::primitives::DateTime>(is_out_of_date_notified_at, is_out_of_date_notified_at_null),
    consolidated_health_indicators_status: nullable::<crate::ManagedClusterConsolidatedHealthIndicatorsStatus>(consolidated_health_indicators_status, consolidated_health_indicators_status_null),
});
crate::serde_helpers::serde_struct!(ManagedCluster {
    id: required("id"),
    name: optional("name"),
    pod: optional("pod"),
    org: optional("org"),
    r#type: optional("type"),
    configuration: optional("configuration"),
    key_pair: optional("keyPair"),
    attributes: optional("attributes"),
    description: optional("description"),
    redis: optional("redis"),
    client_type: required("clientType"),
    ccg_version: required("ccgVersion"),
    pinned_config: optional("pinnedConfig"),
    log_configuration: nullable("logConfiguration"),
    operational: optional("operational"),
    status: optional("status"),
    public_key_certificate: nullable("publicKeyCertificate"),
    public_key_thumbprint: nullable("publicKeyThumbprint"),
    public_key: nullable("publicKey"),
    encryption_configuration: optional("encryptionConfiguration"),
    alert_key: optional("alertKey"),
    client_ids: optional("clientIds"),
    service_count: optional("serviceCount"),
    cc_id: optional("ccId"),
    created_at: nullable("createdAt"),
    updated_at: nullable("updatedAt"),
    last_release_notified_at: nullable("lastReleaseNotifiedAt"),
    update_preferences: optional("updatePreferences"),
    current_installed_release_version: nullable("currentInstalledReleaseVersion"),
    update_package: nullable("updatePackage"),
    is_out_of_date_notified_at: nullable("isOutOfDateNotifiedAt"),
    consolidated_health_indicators_status: nullable("consolidatedHealthIndicatorsStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedCluster {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.configuration, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.key_pair, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.redis, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.log_configuration, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.encryption_configuration, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.update_preferences, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.consolidated_health_indicators_status,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// The consolidated Health Status for the Managed cluster
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClusterConsolidatedHealthIndicatorsStatus {
    /// `NORMAL`
    Normal,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClusterConsolidatedHealthIndicatorsStatus {
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
impl From<&str> for ManagedClusterConsolidatedHealthIndicatorsStatus {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClusterConsolidatedHealthIndicatorsStatus);
/// Cluster status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClusterStatus {
    /// `CONFIGURING`
    Configuring,
    /// `FAILED`
    Failed,
    /// `NO_CLIENTS`
    NoClients,
    /// `NORMAL`
    Normal,
    /// `WARNING`
    Warning,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClusterStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Configuring => "CONFIGURING",
            Self::Failed => "FAILED",
            Self::NoClients => "NO_CLIENTS",
            Self::Normal => "NORMAL",
            Self::Warning => "WARNING",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClusterStatus {
    fn from(value: &str) -> Self {
        match value {
            "CONFIGURING" => Self::Configuring,
            "FAILED" => Self::Failed,
            "NO_CLIENTS" => Self::NoClients,
            "NORMAL" => Self::Normal,
            "WARNING" => Self::Warning,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClusterStatus);
/// The preference for applying updates for the cluster
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClusterUpdatePreferences {
    /// The processGroups for updatePreferences
    pub process_groups: Option<Option<String>>,
    /// The current updateState for the cluster
    pub update_state: Option<Option<crate::ManagedClusterUpdatePreferencesUpdateState>>,
    /// The mail id to which new releases will be notified
    pub notification_email: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterUpdatePreferences {
    /// Builds a `ManagedClusterUpdatePreferences` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClusterUpdatePreferences {
    process_groups: nullable::<String>(process_groups, process_groups_null),
    update_state: nullable::<crate::ManagedClusterUpdatePreferencesUpdateState>(update_state, update_state_null),
    notification_email: nullable::<String>(notification_email, notification_email_null),
});
crate::serde_helpers::serde_struct!(ManagedClusterUpdatePreferences {
    process_groups: nullable("processGroups"),
    update_state: nullable("updateState"),
    notification_email: nullable("notificationEmail"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClusterUpdatePreferences {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.update_state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The current updateState for the cluster
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClusterUpdatePreferencesUpdateState {
    /// `AUTO`
    Auto,
    /// `DISABLED`
    Disabled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClusterUpdatePreferencesUpdateState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "AUTO",
            Self::Disabled => "DISABLED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClusterUpdatePreferencesUpdateState {
    fn from(value: &str) -> Self {
        match value {
            "AUTO" => Self::Auto,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClusterUpdatePreferencesUpdateState);
