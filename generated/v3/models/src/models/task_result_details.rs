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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TaskResultDetails {
    /// Builds a `TaskResultDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::TaskResultDetailsType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `report_type`.
    pub fn report_type(
        mut self,
        value: impl Into<crate::TaskResultDetailsReportType>,
    ) -> Self {
        self.report_type = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parent_name`.
    pub fn parent_name(mut self, value: impl Into<String>) -> Self {
        self.parent_name = Some(Some(value.into()));
        self
    }
    /// Sets `parent_name` to an explicit `null`.
    pub fn parent_name_null(mut self) -> Self {
        self.parent_name = Some(None);
        self
    }
    /// Sets `launcher`.
    pub fn launcher(mut self, value: impl Into<String>) -> Self {
        self.launcher = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `launched`.
    pub fn launched(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.launched = Some(Some(value.into()));
        self
    }
    /// Sets `launched` to an explicit `null`.
    pub fn launched_null(mut self) -> Self {
        self.launched = Some(None);
        self
    }
    /// Sets `completed`.
    pub fn completed(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.completed = Some(Some(value.into()));
        self
    }
    /// Sets `completed` to an explicit `null`.
    pub fn completed_null(mut self) -> Self {
        self.completed = Some(None);
        self
    }
    /// Sets `completion_status`.
    pub fn completion_status(
        mut self,
        value: impl Into<crate::TaskResultDetailsCompletionStatus>,
    ) -> Self {
        self.completion_status = Some(Some(value.into()));
        self
    }
    /// Sets `completion_status` to an explicit `null`.
    pub fn completion_status_null(mut self) -> Self {
        self.completion_status = Some(None);
        self
    }
    /// Sets `messages`.
    pub fn messages(
        mut self,
        value: impl Into<Vec<crate::TaskResultDetailsMessagesItem>>,
    ) -> Self {
        self.messages = Some(value.into());
        self
    }
    /// Sets `returns`.
    pub fn returns(
        mut self,
        value: impl Into<Vec<crate::TaskResultDetailsReturnsItem>>,
    ) -> Self {
        self.returns = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `progress`.
    pub fn progress(mut self, value: impl Into<String>) -> Self {
        self.progress = Some(Some(value.into()));
        self
    }
    /// Sets `progress` to an explicit `null`.
    pub fn progress_null(mut self) -> Self {
        self.progress = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TaskResultDetailsMessagesItem {
    /// Builds a `TaskResultDetailsMessagesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::TaskResultDetailsMessagesItemType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<bool>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `warning`.
    pub fn warning(mut self, value: impl Into<bool>) -> Self {
        self.warning = Some(value.into());
        self
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `localized_text`.
    pub fn localized_text(mut self, value: impl Into<String>) -> Self {
        self.localized_text = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TaskResultDetailsReturnsItem {
    /// Builds a `TaskResultDetailsReturnsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `display_label`.
    pub fn display_label(mut self, value: impl Into<String>) -> Self {
        self.display_label = Some(value.into());
        self
    }
    /// Sets `attribute_name`.
    pub fn attribute_name(mut self, value: impl Into<String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
}
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
