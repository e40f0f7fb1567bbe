/// Dto for source health data
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceHealthDto {
    /// the id of the Source
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Specifies the type of system being managed e.g. Active Directory, Workday, etc.. If you are creating a Delimited File source, you must set the `provisionasCsv` query parameter to `true`.
    pub r#type: Option<String>,
    /// the name of the source
    pub name: Option<String>,
    /// source's org
    pub org: Option<String>,
    /// Is the source authoritative
    pub is_authoritative: Option<bool>,
    /// Is the source in a cluster
    pub is_cluster: Option<bool>,
    /// source's hostname
    pub hostname: Option<String>,
    /// source's pod
    pub pod: Option<String>,
    /// The version of the iqService
    pub iq_service_version: Option<String>,
    /// connection test result
    pub status: Option<crate::SourceHealthDtoStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceHealthDto {
    /// Builds a `SourceHealthDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `org`.
    pub fn org(mut self, value: impl Into<String>) -> Self {
        self.org = Some(value.into());
        self
    }
    /// Sets `is_authoritative`.
    pub fn is_authoritative(mut self, value: impl Into<bool>) -> Self {
        self.is_authoritative = Some(value.into());
        self
    }
    /// Sets `is_cluster`.
    pub fn is_cluster(mut self, value: impl Into<bool>) -> Self {
        self.is_cluster = Some(value.into());
        self
    }
    /// Sets `hostname`.
    pub fn hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }
    /// Sets `pod`.
    pub fn pod(mut self, value: impl Into<String>) -> Self {
        self.pod = Some(value.into());
        self
    }
    /// Sets `iq_service_version`.
    pub fn iq_service_version(mut self, value: impl Into<String>) -> Self {
        self.iq_service_version = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::SourceHealthDtoStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(SourceHealthDto {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    org: optional("org"),
    is_authoritative: optional("isAuthoritative"),
    is_cluster: optional("isCluster"),
    hostname: optional("hostname"),
    pod: optional("pod"),
    iq_service_version: optional("iqServiceVersion"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceHealthDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// connection test result
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceHealthDtoStatus {
    /// `SOURCE_STATE_ERROR_CLUSTER`
    SourceStateErrorCluster,
    /// `SOURCE_STATE_ERROR_SOURCE`
    SourceStateErrorSource,
    /// `SOURCE_STATE_ERROR_VA`
    SourceStateErrorVa,
    /// `SOURCE_STATE_FAILURE_CLUSTER`
    SourceStateFailureCluster,
    /// `SOURCE_STATE_FAILURE_SOURCE`
    SourceStateFailureSource,
    /// `SOURCE_STATE_HEALTHY`
    SourceStateHealthy,
    /// `SOURCE_STATE_UNCHECKED_CLUSTER`
    SourceStateUncheckedCluster,
    /// `SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES`
    SourceStateUncheckedClusterNoSources,
    /// `SOURCE_STATE_UNCHECKED_SOURCE`
    SourceStateUncheckedSource,
    /// `SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS`
    SourceStateUncheckedSourceNoAccounts,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceHealthDtoStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SourceStateErrorCluster => "SOURCE_STATE_ERROR_CLUSTER",
            Self::SourceStateErrorSource => "SOURCE_STATE_ERROR_SOURCE",
            Self::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            Self::SourceStateFailureCluster => "SOURCE_STATE_FAILURE_CLUSTER",
            Self::SourceStateFailureSource => "SOURCE_STATE_FAILURE_SOURCE",
            Self::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            Self::SourceStateUncheckedCluster => "SOURCE_STATE_UNCHECKED_CLUSTER",
            Self::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            Self::SourceStateUncheckedSource => "SOURCE_STATE_UNCHECKED_SOURCE",
            Self::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceHealthDtoStatus {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_CLUSTER" => Self::SourceStateErrorCluster,
            "SOURCE_STATE_ERROR_SOURCE" => Self::SourceStateErrorSource,
            "SOURCE_STATE_ERROR_VA" => Self::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => Self::SourceStateFailureCluster,
            "SOURCE_STATE_FAILURE_SOURCE" => Self::SourceStateFailureSource,
            "SOURCE_STATE_HEALTHY" => Self::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => Self::SourceStateUncheckedCluster,
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                Self::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => Self::SourceStateUncheckedSource,
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                Self::SourceStateUncheckedSourceNoAccounts
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceHealthDtoStatus);
