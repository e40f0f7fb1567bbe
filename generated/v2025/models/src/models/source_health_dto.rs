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
    pub iq_service_version: Option<Option<String>>,
    /// connection test result
    pub status: Option<crate::SourceHealthDtoStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceHealthDto {
    /// Builds a `SourceHealthDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceHealthDto {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
    org: optional::<String>(org),
    is_authoritative: optional::<bool>(is_authoritative),
    is_cluster: optional::<bool>(is_cluster),
    hostname: optional::<String>(hostname),
    pod: optional::<String>(pod),
    iq_service_version: nullable::<String>(iq_service_version, iq_service_version_null),
    status: optional::<crate::SourceHealthDtoStatus>(status),
});
crate::serde_helpers::serde_struct!(SourceHealthDto {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    org: optional("org"),
    is_authoritative: optional("isAuthoritative"),
    is_cluster: optional("isCluster"),
    hostname: optional("hostname"),
    pod: optional("pod"),
    iq_service_version: nullable("iqServiceVersion"),
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
    /// `SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT`
    SourceStateErrorAccountFileImport,
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
            Self::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
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
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                Self::SourceStateErrorAccountFileImport
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceHealthDtoStatus);
