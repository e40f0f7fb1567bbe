/// Managed Cluster
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedCluster {
    /// ManagedCluster ID
    pub id: String,
    /// ManagedCluster name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ManagedCluster pod
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// ManagedCluster org
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// The Type of Cluster
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ManagedClusterTypes>,
    /// ManagedProcess configuration map
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<::indexmap::IndexMap<String, Option<String>>>,
    /// key pair for the ManagedCluster
    #[serde(rename = "keyPair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<crate::ManagedClusterKeyPair>,
    /// Specific Attributes for Configuring a ManagedCluster by Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<crate::ManagedClusterAttributes>,
    /// ManagedCluster description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Redis configuration for the ManagedCluster
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redis: Option<crate::ManagedClusterRedis>,
    /// type of client for the ManagedCluster
    #[serde(rename = "clientType")]
    pub client_type: Option<crate::ManagedClientType>,
    /// CCG version used by the ManagedCluster
    #[serde(rename = "ccgVersion")]
    pub ccg_version: String,
    /// boolean flag indicating whether or not the cluster configuration is pinned
    #[serde(rename = "pinnedConfig", default, skip_serializing_if = "Option::is_none")]
    pub pinned_config: Option<bool>,
    /// client log configuration for the cluster
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub log_configuration: Option<Option<crate::ClientLogConfiguration>>,
    /// Whether or not the cluster is operational or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operational: Option<bool>,
    /// Cluster status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::ManagedClusterStatus>,
    /// Public key certificate
    #[serde(
        rename = "publicKeyCertificate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub public_key_certificate: Option<Option<String>>,
    /// Public key thumbprint
    #[serde(
        rename = "publicKeyThumbprint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub public_key_thumbprint: Option<Option<String>>,
    /// Public key
    #[serde(
        rename = "publicKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub public_key: Option<Option<String>>,
    #[serde(
        rename = "encryptionConfiguration",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub encryption_configuration: Option<crate::ManagedClusterEncryptionConfiguration>,
    /// Key describing any immediate cluster alerts
    #[serde(rename = "alertKey", default, skip_serializing_if = "Option::is_none")]
    pub alert_key: Option<String>,
    /// List of clients in a cluster
    #[serde(rename = "clientIds", default, skip_serializing_if = "Option::is_none")]
    pub client_ids: Option<Vec<String>>,
    /// Number of services bound to a cluster
    #[serde(rename = "serviceCount", default, skip_serializing_if = "Option::is_none")]
    pub service_count: Option<i32>,
    /// CC ID only used in calling CC, will be removed without notice when Migration to CEGS is finished
    #[serde(rename = "ccId", default, skip_serializing_if = "Option::is_none")]
    pub cc_id: Option<String>,
    /// The date/time this cluster was created
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created_at: Option<Option<crate::primitives::DateTime>>,
    /// The date/time this cluster was last updated
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub updated_at: Option<Option<crate::primitives::DateTime>>,
    /// The date/time this cluster was notified for the last release
    #[serde(
        rename = "lastReleaseNotifiedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub last_release_notified_at: Option<Option<crate::primitives::DateTime>>,
    /// The preference for applying updates for the cluster
    #[serde(
        rename = "updatePreferences",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub update_preferences: Option<crate::ManagedClusterUpdatePreferences>,
    /// The current installed release on the Managed cluster
    #[serde(
        rename = "currentInstalledReleaseVersion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub current_installed_release_version: Option<Option<String>>,
    /// New available updates for the Managed cluster
    #[serde(
        rename = "updatePackage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub update_package: Option<Option<String>>,
    /// The time at which out of date notification was sent for the Managed cluster
    #[serde(
        rename = "isOutOfDateNotifiedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub is_out_of_date_notified_at: Option<Option<crate::primitives::DateTime>>,
    /// The consolidated Health Status for the Managed cluster
    #[serde(
        rename = "consolidatedHealthIndicatorsStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub consolidated_health_indicators_status: Option<
        Option<crate::ManagedClusterConsolidatedHealthIndicatorsStatus>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedCluster {
    /// Builds a `ManagedCluster` from its required fields; the others are unset.
    pub fn new(
        id: String,
        client_type: Option<crate::ManagedClientType>,
        ccg_version: String,
    ) -> Self {
        Self {
            id,
            name: None,
            pod: None,
            org: None,
            r#type: None,
            configuration: None,
            key_pair: None,
            attributes: None,
            description: None,
            redis: None,
            client_type,
            ccg_version,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClusterUpdatePreferences {
    /// The processGroups for updatePreferences
    #[serde(
        rename = "processGroups",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub process_groups: Option<Option<String>>,
    /// The current updateState for the cluster
    #[serde(
        rename = "updateState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub update_state: Option<Option<crate::ManagedClusterUpdatePreferencesUpdateState>>,
    /// The mail id to which new releases will be notified
    #[serde(
        rename = "notificationEmail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub notification_email: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterUpdatePreferences {
    /// Builds a `ManagedClusterUpdatePreferences` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
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
