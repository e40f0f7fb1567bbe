/// Details about job or task type, state and lifecycle.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskResultDetails {
    /// Type of the job or task underlying in the report processing. It could be a quartz task, QPOC or MENTOS jobs or a refresh/sync task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::TaskResultDetailsType>,
    /// Unique task definition identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Use this property to define what report should be processed in the RDE service.
    #[serde(rename = "reportType", default, skip_serializing_if = "Option::is_none")]
    pub report_type: Option<crate::TaskResultDetailsReportType>,
    /// Description of the report purpose and/or contents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the parent task/report if exists.
    #[serde(
        rename = "parentName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub parent_name: Option<Option<String>>,
    /// Name of the report processing initiator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// Report creation date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Report start date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// Report completion date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completed: Option<Option<crate::primitives::DateTime>>,
    /// Report completion status.
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completion_status: Option<Option<crate::TaskResultDetailsCompletionStatus>>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<crate::TaskResultDetailsMessagesItem>>,
    /// Task definition results, if necessary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<crate::TaskResultDetailsReturnsItem>>,
    /// Extra attributes map(dictionary) needed for the report.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    /// Current report state.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub progress: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TaskResultDetails {
    /// Builds a `TaskResultDetails` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            id: None,
            report_type: None,
            description: None,
            parent_name: None,
            launcher: None,
            created: None,
            launched: None,
            completed: None,
            completion_status: None,
            messages: None,
            returns: None,
            attributes: None,
            progress: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
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
