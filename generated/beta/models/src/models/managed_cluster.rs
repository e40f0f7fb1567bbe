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
    /// boolean flag indiacting whether or not the cluster configuration is pinned
    pub pinned_config: Option<bool>,
    /// client log configuration for the cluster
    pub log_configuration: Option<Option<crate::ClientLogConfiguration>>,
    /// Whether or not the cluster is operational or not
    pub operational: Option<bool>,
    /// Cluster status
    pub status: Option<String>,
    /// Public key certificate
    pub public_key_certificate: Option<Option<String>>,
    /// Public key thumbprint
    pub public_key_thumbprint: Option<Option<String>>,
    /// Public key
    pub public_key: Option<Option<String>>,
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
    pub encryption_configuration: Option<crate::ManagedClusterEncryptionConfiguration>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            encryption_configuration: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `pod`.
    pub fn pod(mut self, value: impl Into<String>) -> Self {
        self.pod = Some(value.into());
        self
    }
    /// Sets `org`.
    pub fn org(mut self, value: impl Into<String>) -> Self {
        self.org = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::ManagedClusterTypes>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `configuration`.
    pub fn configuration(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, Option<String>>>,
    ) -> Self {
        self.configuration = Some(value.into());
        self
    }
    /// Sets `key_pair`.
    pub fn key_pair(mut self, value: impl Into<crate::ManagedClusterKeyPair>) -> Self {
        self.key_pair = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl Into<crate::ManagedClusterAttributes>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `redis`.
    pub fn redis(mut self, value: impl Into<crate::ManagedClusterRedis>) -> Self {
        self.redis = Some(value.into());
        self
    }
    /// Sets `pinned_config`.
    pub fn pinned_config(mut self, value: impl Into<bool>) -> Self {
        self.pinned_config = Some(value.into());
        self
    }
    /// Sets `log_configuration`.
    pub fn log_configuration(
        mut self,
        value: impl Into<crate::ClientLogConfiguration>,
    ) -> Self {
        self.log_configuration = Some(Some(value.into()));
        self
    }
    /// Sets `log_configuration` to an explicit `null`.
    pub fn log_configuration_null(mut self) -> Self {
        self.log_configuration = Some(None);
        self
    }
    /// Sets `operational`.
    pub fn operational(mut self, value: impl Into<bool>) -> Self {
        self.operational = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `public_key_certificate`.
    pub fn public_key_certificate(mut self, value: impl Into<String>) -> Self {
        self.public_key_certificate = Some(Some(value.into()));
        self
    }
    /// Sets `public_key_certificate` to an explicit `null`.
    pub fn public_key_certificate_null(mut self) -> Self {
        self.public_key_certificate = Some(None);
        self
    }
    /// Sets `public_key_thumbprint`.
    pub fn public_key_thumbprint(mut self, value: impl Into<String>) -> Self {
        self.public_key_thumbprint = Some(Some(value.into()));
        self
    }
    /// Sets `public_key_thumbprint` to an explicit `null`.
    pub fn public_key_thumbprint_null(mut self) -> Self {
        self.public_key_thumbprint = Some(None);
        self
    }
    /// Sets `public_key`.
    pub fn public_key(mut self, value: impl Into<String>) -> Self {
        self.public_key = Some(Some(value.into()));
        self
    }
    /// Sets `public_key` to an explicit `null`.
    pub fn public_key_null(mut self) -> Self {
        self.public_key = Some(None);
        self
    }
    /// Sets `alert_key`.
    pub fn alert_key(mut self, value: impl Into<String>) -> Self {
        self.alert_key = Some(value.into());
        self
    }
    /// Sets `client_ids`.
    pub fn client_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.client_ids = Some(value.into());
        self
    }
    /// Sets `service_count`.
    pub fn service_count(mut self, value: impl Into<i32>) -> Self {
        self.service_count = Some(value.into());
        self
    }
    /// Sets `cc_id`.
    pub fn cc_id(mut self, value: impl Into<String>) -> Self {
        self.cc_id = Some(value.into());
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
    /// Sets `last_release_notified_at`.
    pub fn last_release_notified_at(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_release_notified_at = Some(Some(value.into()));
        self
    }
    /// Sets `last_release_notified_at` to an explicit `null`.
    pub fn last_release_notified_at_null(mut self) -> Self {
        self.last_release_notified_at = Some(None);
        self
    }
    /// Sets `update_preferences`.
    pub fn update_preferences(
        mut self,
        value: impl Into<crate::ManagedClusterUpdatePreferences>,
    ) -> Self {
        self.update_preferences = Some(value.into());
        self
    }
    /// Sets `current_installed_release_version`.
    pub fn current_installed_release_version(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.current_installed_release_version = Some(Some(value.into()));
        self
    }
    /// Sets `current_installed_release_version` to an explicit `null`.
    pub fn current_installed_release_version_null(mut self) -> Self {
        self.current_installed_release_version = Some(None);
        self
    }
    /// Sets `update_package`.
    pub fn update_package(mut self, value: impl Into<String>) -> Self {
        self.update_package = Some(Some(value.into()));
        self
    }
    /// Sets `update_package` to an explicit `null`.
    pub fn update_package_null(mut self) -> Self {
        self.update_package = Some(None);
        self
    }
    /// Sets `is_out_of_date_notified_at`.
    pub fn is_out_of_date_notified_at(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.is_out_of_date_notified_at = Some(Some(value.into()));
        self
    }
    /// Sets `is_out_of_date_notified_at` to an explicit `null`.
    pub fn is_out_of_date_notified_at_null(mut self) -> Self {
        self.is_out_of_date_notified_at = Some(None);
        self
    }
    /// Sets `consolidated_health_indicators_status`.
    pub fn consolidated_health_indicators_status(
        mut self,
        value: impl Into<crate::ManagedClusterConsolidatedHealthIndicatorsStatus>,
    ) -> Self {
        self.consolidated_health_indicators_status = Some(Some(value.into()));
        self
    }
    /// Sets `consolidated_health_indicators_status` to an explicit `null`.
    pub fn consolidated_health_indicators_status_null(mut self) -> Self {
        self.consolidated_health_indicators_status = Some(None);
        self
    }
    /// Sets `encryption_configuration`.
    pub fn encryption_configuration(
        mut self,
        value: impl Into<crate::ManagedClusterEncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = Some(value.into());
        self
    }
}
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
    encryption_configuration: optional("encryptionConfiguration"),
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
        crate::serde_helpers::SchemaFit::add_fit(&self.update_preferences, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.consolidated_health_indicators_status,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.encryption_configuration, fit);
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterUpdatePreferences {
    /// Builds a `ManagedClusterUpdatePreferences` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `process_groups`.
    pub fn process_groups(mut self, value: impl Into<String>) -> Self {
        self.process_groups = Some(Some(value.into()));
        self
    }
    /// Sets `process_groups` to an explicit `null`.
    pub fn process_groups_null(mut self) -> Self {
        self.process_groups = Some(None);
        self
    }
    /// Sets `update_state`.
    pub fn update_state(
        mut self,
        value: impl Into<crate::ManagedClusterUpdatePreferencesUpdateState>,
    ) -> Self {
        self.update_state = Some(Some(value.into()));
        self
    }
    /// Sets `update_state` to an explicit `null`.
    pub fn update_state_null(mut self) -> Self {
        self.update_state = Some(None);
        self
    }
    /// Sets `notification_email`.
    pub fn notification_email(mut self, value: impl Into<String>) -> Self {
        self.notification_email = Some(Some(value.into()));
        self
    }
    /// Sets `notification_email` to an explicit `null`.
    pub fn notification_email_null(mut self) -> Self {
        self.notification_email = Some(None);
        self
    }
}
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
