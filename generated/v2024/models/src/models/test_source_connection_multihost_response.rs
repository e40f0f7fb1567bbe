#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestSourceConnectionMultihostResponse {
    /// Source's test connection status.
    pub success: Option<bool>,
    /// Source's test connection message.
    pub message: Option<String>,
    /// Source's test connection timing.
    pub timing: Option<i64>,
    /// Source's human-readable result type.
    pub result_type: Option<crate::TestSourceConnectionMultihostResponseResultType>,
    /// Source's human-readable test connection details.
    pub test_connection_details: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TestSourceConnectionMultihostResponse {
    /// Builds a `TestSourceConnectionMultihostResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TestSourceConnectionMultihostResponse {
    success: optional::<bool>(success),
    message: optional::<String>(message),
    timing: optional::<i64>(timing),
    result_type: optional::<crate::TestSourceConnectionMultihostResponseResultType>(result_type),
    test_connection_details: optional::<String>(test_connection_details),
});
crate::serde_helpers::serde_struct!(TestSourceConnectionMultihostResponse {
    success: optional("success"),
    message: optional("message"),
    timing: optional("timing"),
    result_type: optional("resultType"),
    test_connection_details: optional("testConnectionDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TestSourceConnectionMultihostResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.result_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Source's human-readable result type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TestSourceConnectionMultihostResponseResultType {
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
impl TestSourceConnectionMultihostResponseResultType {
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
impl From<&str> for TestSourceConnectionMultihostResponseResultType {
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
crate::serde_helpers::string_enum!(TestSourceConnectionMultihostResponseResultType);
