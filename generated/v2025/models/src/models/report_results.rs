/// Details about report result or current state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportResults {
    /// Use this property to define what report should be processed in the RDE service.
    pub report_type: Option<crate::ReportResultsReportType>,
    /// Name of the task definition which is started to process requesting report. Usually the same as report name
    pub task_def_name: Option<String>,
    /// Unique task definition identifier.
    pub id: Option<String>,
    /// Report processing start date
    pub created: Option<crate::primitives::DateTime>,
    /// Report current state or result status.
    pub status: Option<crate::ReportResultsStatus>,
    /// Report processing time in ms.
    pub duration: Option<i64>,
    /// Report size in rows.
    pub rows: Option<i64>,
    /// Output report file formats. This are formats for calling get endpoint as a query parameter 'fileFormat'.  In case report won't have this argument there will be \['CSV', 'PDF'\] as default.
    pub available_formats: Option<Vec<crate::ReportResultsAvailableFormatsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReportResults {
    /// Builds a `ReportResults` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReportResults {
    report_type: optional::<crate::ReportResultsReportType>(report_type),
    task_def_name: optional::<String>(task_def_name),
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    status: optional::<crate::ReportResultsStatus>(status),
    duration: optional::<i64>(duration),
    rows: optional::<i64>(rows),
    available_formats: optional::<Vec<crate::ReportResultsAvailableFormatsItem>>(available_formats),
});
crate::serde_helpers::serde_struct!(ReportResults {
    report_type: optional("reportType"),
    task_def_name: optional("taskDefName"),
    id: optional("id"),
    created: optional("created"),
    status: optional("status"),
    duration: optional("duration"),
    rows: optional("rows"),
    available_formats: optional("availableFormats"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReportResults {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.report_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.available_formats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportResultsAvailableFormatsItem {
    /// `CSV`
    Csv,
    /// `PDF`
    Pdf,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReportResultsAvailableFormatsItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Pdf => "PDF",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReportResultsAvailableFormatsItem {
    fn from(value: &str) -> Self {
        match value {
            "CSV" => Self::Csv,
            "PDF" => Self::Pdf,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReportResultsAvailableFormatsItem);
/// Use this property to define what report should be processed in the RDE service.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportResultsReportType {
    /// `ACCOUNTS`
    Accounts,
    /// `IDENTITIES_DETAILS`
    IdentitiesDetails,
    /// `IDENTITIES`
    Identities,
    /// `IDENTITY_PROFILE_IDENTITY_ERROR`
    IdentityProfileIdentityError,
    /// `ORPHAN_IDENTITIES`
    OrphanIdentities,
    /// `SEARCH_EXPORT`
    SearchExport,
    /// `UNCORRELATED_ACCOUNTS`
    UncorrelatedAccounts,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReportResultsReportType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accounts => "ACCOUNTS",
            Self::IdentitiesDetails => "IDENTITIES_DETAILS",
            Self::Identities => "IDENTITIES",
            Self::IdentityProfileIdentityError => "IDENTITY_PROFILE_IDENTITY_ERROR",
            Self::OrphanIdentities => "ORPHAN_IDENTITIES",
            Self::SearchExport => "SEARCH_EXPORT",
            Self::UncorrelatedAccounts => "UNCORRELATED_ACCOUNTS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReportResultsReportType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNTS" => Self::Accounts,
            "IDENTITIES_DETAILS" => Self::IdentitiesDetails,
            "IDENTITIES" => Self::Identities,
            "IDENTITY_PROFILE_IDENTITY_ERROR" => Self::IdentityProfileIdentityError,
            "ORPHAN_IDENTITIES" => Self::OrphanIdentities,
            "SEARCH_EXPORT" => Self::SearchExport,
            "UNCORRELATED_ACCOUNTS" => Self::UncorrelatedAccounts,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReportResultsReportType);
/// Report current state or result status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportResultsStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// `WARNING`
    Warning,
    /// `TERMINATED`
    Terminated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReportResultsStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failure => "FAILURE",
            Self::Warning => "WARNING",
            Self::Terminated => "TERMINATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReportResultsStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILURE" => Self::Failure,
            "WARNING" => Self::Warning,
            "TERMINATED" => Self::Terminated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReportResultsStatus);
