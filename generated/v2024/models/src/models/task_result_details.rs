/// Details about job or task type, state and lifecycle.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskResultDetails {
    /// Type of the job or task underlying in the report processing. It could be a quartz task, QPOC or MENTOS jobs or a refresh/sync task.
    pub r#type: Option<crate::TaskResultDetailsType>,
    /// Unique task definition identifier.
    pub id: Option<String>,
    /// Use this property to define what report should be processed in the RDE service.
    pub report_type: Option<crate::TaskResultDetailsReportType>,
    /// Description of the report purpose and/or contents.
    pub description: Option<String>,
    /// Name of the parent task/report if exists.
    pub parent_name: Option<Option<String>>,
    /// Name of the report processing initiator.
    pub launcher: Option<String>,
    /// Report creation date
    pub created: Option<crate::primitives::DateTime>,
    /// Report start date
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// Report completion date
    pub completed: Option<Option<crate::primitives::DateTime>>,
    /// Report completion status.
    pub completion_status: Option<Option<crate::TaskResultDetailsCompletionStatus>>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    pub messages: Option<Vec<crate::TaskResultDetailsMessagesItem>>,
    /// Task definition results, if necessary.
    pub returns: Option<Vec<crate::TaskResultDetailsReturnsItem>>,
    /// Extra attributes map(dictionary) needed for the report.
    pub attributes: Option<::serde_json::Value>,
    /// Current report state.
    pub progress: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskResultDetails {
    /// Builds a `TaskResultDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaskResultDetails {
    r#type: optional::<crate::TaskResultDetailsType>(r#type),
    id: optional::<String>(id),
    report_type: optional::<crate::TaskResultDetailsReportType>(report_type),
    description: optional::<String>(description),
    parent_name: nullable::<String>(parent_name, parent_name_null),
    launcher: optional::<String>(launcher),
    created: optional::<crate::primitives::DateTime>(created),
    launched: nullable::<crate::primitives::DateTime>(launched, launched_null),
    completed: nullable::<crate::primitives::DateTime>(completed, completed_null),
    completion_status: nullable::<crate::TaskResultDetailsCompletionStatus>(completion_status, completion_status_null),
    messages: optional::<Vec<crate::TaskResultDetailsMessagesItem>>(messages),
    returns: optional::<Vec<crate::TaskResultDetailsReturnsItem>>(returns),
    attributes: optional::<::serde_json::Value>(attributes),
    progress: nullable::<String>(progress, progress_null),
});
crate::serde_helpers::serde_struct!(TaskResultDetails {
    r#type: optional("type"),
    id: optional("id"),
    report_type: optional("reportType"),
    description: optional("description"),
    parent_name: nullable("parentName"),
    launcher: optional("launcher"),
    created: optional("created"),
    launched: nullable("launched"),
    completed: nullable("completed"),
    completion_status: nullable("completionStatus"),
    messages: optional("messages"),
    returns: optional("returns"),
    attributes: nullable("attributes"),
    progress: nullable("progress"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskResultDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.report_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.returns, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Report completion status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskResultDetailsCompletionStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMP_ERROR`
    TempError,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskResultDetailsCompletionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Terminated => "TERMINATED",
            Self::TempError => "TEMP_ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskResultDetailsCompletionStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "TERMINATED" => Self::Terminated,
            "TEMP_ERROR" => Self::TempError,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskResultDetailsCompletionStatus);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskResultDetailsMessagesItem {
    /// Type of the message.
    pub r#type: Option<crate::TaskResultDetailsMessagesItemType>,
    /// Flag whether message is an error.
    pub error: Option<bool>,
    /// Flag whether message is a warning.
    pub warning: Option<bool>,
    /// Message string identifier.
    pub key: Option<String>,
    /// Message context with the locale based language.
    pub localized_text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskResultDetailsMessagesItem {
    /// Builds a `TaskResultDetailsMessagesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaskResultDetailsMessagesItem {
    r#type: optional::<crate::TaskResultDetailsMessagesItemType>(r#type),
    error: optional::<bool>(error),
    warning: optional::<bool>(warning),
    key: optional::<String>(key),
    localized_text: optional::<String>(localized_text),
});
crate::serde_helpers::serde_struct!(TaskResultDetailsMessagesItem {
    r#type: optional("type"),
    error: optional("error"),
    warning: optional("warning"),
    key: optional("key"),
    localized_text: optional("localizedText"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskResultDetailsMessagesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskResultDetailsMessagesItemType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskResultDetailsMessagesItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskResultDetailsMessagesItemType {
    fn from(value: &str) -> Self {
        match value {
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskResultDetailsMessagesItemType);
/// Use this property to define what report should be processed in the RDE service.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskResultDetailsReportType {
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
impl TaskResultDetailsReportType {
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
impl From<&str> for TaskResultDetailsReportType {
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
crate::serde_helpers::string_enum!(TaskResultDetailsReportType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskResultDetailsReturnsItem {
    /// Attribute description.
    pub display_label: Option<String>,
    /// System or database attribute name.
    pub attribute_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskResultDetailsReturnsItem {
    /// Builds a `TaskResultDetailsReturnsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaskResultDetailsReturnsItem {
    display_label: optional::<String>(display_label),
    attribute_name: optional::<String>(attribute_name),
});
crate::serde_helpers::serde_struct!(TaskResultDetailsReturnsItem {
    display_label: optional("displayLabel"),
    attribute_name: optional("attributeName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskResultDetailsReturnsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the job or task underlying in the report processing. It could be a quartz task, QPOC or MENTOS jobs or a refresh/sync task.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskResultDetailsType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `MENTOS`
    Mentos,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskResultDetailsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Quartz => "QUARTZ",
            Self::Qpoc => "QPOC",
            Self::Mentos => "MENTOS",
            Self::QueuedTask => "QUEUED_TASK",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskResultDetailsType {
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => Self::Quartz,
            "QPOC" => Self::Qpoc,
            "MENTOS" => Self::Mentos,
            "QUEUED_TASK" => Self::QueuedTask,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskResultDetailsType);
