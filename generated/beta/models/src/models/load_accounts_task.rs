#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadAccountsTask {
    /// The status of the result
    pub success: Option<bool>,
    pub task: Option<crate::LoadAccountsTaskTask>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadAccountsTask {
    /// Builds a `LoadAccountsTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadAccountsTask {
    success: optional::<bool>(success),
    task: optional::<crate::LoadAccountsTaskTask>(task),
});
crate::serde_helpers::serde_struct!(LoadAccountsTask {
    success: optional("success"),
    task: optional("task"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadAccountsTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.task, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadAccountsTaskTask {
    /// System-generated unique ID of the task this taskStatus represents
    pub id: Option<String>,
    /// Type of task this task represents
    pub r#type: Option<String>,
    /// The name of the aggregation process
    pub name: Option<String>,
    /// The description of the task
    pub description: Option<String>,
    /// The user who initiated the task
    pub launcher: Option<String>,
    /// The Task creation date
    pub created: Option<crate::primitives::DateTime>,
    /// The task start date
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// The task completion date
    pub completed: Option<Option<crate::primitives::DateTime>>,
    /// Task completion status.
    pub completion_status: Option<Option<crate::LoadAccountsTaskTaskCompletionStatus>>,
    /// Name of the parent task if exists.
    pub parent_name: Option<Option<String>>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    pub messages: Option<Vec<crate::LoadAccountsTaskTaskMessagesItem>>,
    /// Current task state.
    pub progress: Option<Option<String>>,
    /// Extra attributes map(dictionary) for the task.
    pub attributes: Option<crate::LoadAccountsTaskTaskAttributes>,
    /// Return values from the task
    pub returns: Option<Vec<crate::LoadAccountsTaskTaskReturnsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadAccountsTaskTask {
    /// Builds a `LoadAccountsTaskTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadAccountsTaskTask {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
    description: optional::<String>(description),
    launcher: optional::<String>(launcher),
    created: optional::<crate::primitives::DateTime>(created),
    launched: nullable::<crate::primitives::DateTime>(launched, launched_null),
    completed: nullable::<crate::primitives::DateTime>(completed, completed_null),
    completion_status: nullable::<crate::LoadAccountsTaskTaskCompletionStatus>(completion_status, completion_status_null),
    parent_name: nullable::<String>(parent_name, parent_name_null),
    messages: optional::<Vec<crate::LoadAccountsTaskTaskMessagesItem>>(messages),
    progress: nullable::<String>(progress, progress_null),
    attributes: optional::<crate::LoadAccountsTaskTaskAttributes>(attributes),
    returns: optional::<Vec<crate::LoadAccountsTaskTaskReturnsItem>>(returns),
});
crate::serde_helpers::serde_struct!(LoadAccountsTaskTask {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    description: optional("description"),
    launcher: optional("launcher"),
    created: optional("created"),
    launched: nullable("launched"),
    completed: nullable("completed"),
    completion_status: nullable("completionStatus"),
    parent_name: nullable("parentName"),
    messages: optional("messages"),
    progress: nullable("progress"),
    attributes: optional("attributes"),
    returns: optional("returns"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadAccountsTaskTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.returns, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadAccountsTaskTaskAttributes {
    /// The id of the source
    pub app_id: Option<String>,
    /// The indicator if the aggregation process was enabled/disabled for the aggregation job
    pub optimized_aggregation: Option<String>,
    /// Properties not declared above, by name, in wire order.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadAccountsTaskTaskAttributes {
    /// Builds a `LoadAccountsTaskTaskAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadAccountsTaskTaskAttributes {
    app_id: optional::<String>(app_id),
    optimized_aggregation: optional::<String>(optimized_aggregation),
});
crate::serde_helpers::serde_struct!(LoadAccountsTaskTaskAttributes {
    app_id: optional("appId"),
    optimized_aggregation: optional("optimizedAggregation"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadAccountsTaskTaskAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        for value in self.additional_properties.values() {
            crate::serde_helpers::SchemaFit::add_fit(value, fit);
        }
    }
}
/// Task completion status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LoadAccountsTaskTaskCompletionStatus {
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
impl LoadAccountsTaskTaskCompletionStatus {
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
impl From<&str> for LoadAccountsTaskTaskCompletionStatus {
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
crate::serde_helpers::string_enum!(LoadAccountsTaskTaskCompletionStatus);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadAccountsTaskTaskMessagesItem {
    /// Type of the message.
    pub r#type: Option<crate::LoadAccountsTaskTaskMessagesItemType>,
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
impl LoadAccountsTaskTaskMessagesItem {
    /// Builds a `LoadAccountsTaskTaskMessagesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadAccountsTaskTaskMessagesItem {
    r#type: optional::<crate::LoadAccountsTaskTaskMessagesItemType>(r#type),
    error: optional::<bool>(error),
    warning: optional::<bool>(warning),
    key: optional::<String>(key),
    localized_text: optional::<String>(localized_text),
});
crate::serde_helpers::serde_struct!(LoadAccountsTaskTaskMessagesItem {
    r#type: optional("type"),
    error: optional("error"),
    warning: optional("warning"),
    key: optional("key"),
    localized_text: optional("localizedText"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadAccountsTaskTaskMessagesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LoadAccountsTaskTaskMessagesItemType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LoadAccountsTaskTaskMessagesItemType {
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
impl From<&str> for LoadAccountsTaskTaskMessagesItemType {
    fn from(value: &str) -> Self {
        match value {
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LoadAccountsTaskTaskMessagesItemType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadAccountsTaskTaskReturnsItem {
    /// The display label of the return value
    pub display_label: Option<String>,
    /// The attribute name of the return value
    pub attribute_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadAccountsTaskTaskReturnsItem {
    /// Builds a `LoadAccountsTaskTaskReturnsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadAccountsTaskTaskReturnsItem {
    display_label: optional::<String>(display_label),
    attribute_name: optional::<String>(attribute_name),
});
crate::serde_helpers::serde_struct!(LoadAccountsTaskTaskReturnsItem {
    display_label: optional("displayLabel"),
    attribute_name: optional("attributeName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadAccountsTaskTaskReturnsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
