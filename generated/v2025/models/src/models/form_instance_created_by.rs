#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormInstanceCreatedBy {
    /// ID is a unique identifier
    pub id: Option<String>,
    /// Type is a form instance created by type enum value
    /// WORKFLOW_EXECUTION FormInstanceCreatedByTypeWorkflowExecution
    /// SOURCE FormInstanceCreatedByTypeSource
    pub r#type: Option<crate::FormInstanceCreatedByType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormInstanceCreatedBy {
    /// Builds a `FormInstanceCreatedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormInstanceCreatedBy {
    id: optional::<String>(id),
    r#type: optional::<crate::FormInstanceCreatedByType>(r#type),
});
crate::serde_helpers::serde_struct!(FormInstanceCreatedBy {
    id: optional("id"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormInstanceCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type is a form instance created by type enum value
/// WORKFLOW_EXECUTION FormInstanceCreatedByTypeWorkflowExecution
/// SOURCE FormInstanceCreatedByTypeSource
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormInstanceCreatedByType {
    /// `WORKFLOW_EXECUTION`
    WorkflowExecution,
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormInstanceCreatedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkflowExecution => "WORKFLOW_EXECUTION",
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormInstanceCreatedByType {
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW_EXECUTION" => Self::WorkflowExecution,
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormInstanceCreatedByType);
