#[derive(Debug, Clone, PartialEq)]
pub struct CreateFormInstanceRequest {
    pub created_by: crate::FormInstanceCreatedBy,
    /// Expire is required
    pub expire: String,
    /// FormDefinitionID is the id of the form definition that created this form
    pub form_definition_id: String,
    /// FormInput is an object of form input labels to value
    pub form_input: Option<::serde_json::Value>,
    /// Recipients is required
    pub recipients: Vec<crate::FormInstanceRecipient>,
    /// StandAloneForm is a boolean flag to indicate if this form should be available for users to complete via the standalone form UI or should this only be available to be completed by as an embedded form
    pub stand_alone_form: Option<bool>,
    /// State is required, if not present initial state is FormInstanceStateAssigned
    /// ASSIGNED FormInstanceStateAssigned
    /// IN_PROGRESS FormInstanceStateInProgress
    /// SUBMITTED FormInstanceStateSubmitted
    /// COMPLETED FormInstanceStateCompleted
    /// CANCELLED FormInstanceStateCancelled
    pub state: Option<crate::CreateFormInstanceRequestState>,
    /// TTL an epoch timestamp in seconds, it most be in seconds or dynamodb will ignore it
    /// SEE: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html>
    pub ttl: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateFormInstanceRequest {
    /// Builds a `CreateFormInstanceRequest` from its required fields; the others are unset.
    pub fn new(
        created_by: impl Into<crate::FormInstanceCreatedBy>,
        expire: impl Into<String>,
        form_definition_id: impl Into<String>,
        recipients: impl Into<Vec<crate::FormInstanceRecipient>>,
    ) -> Self {
        Self {
            created_by: created_by.into(),
            expire: expire.into(),
            form_definition_id: form_definition_id.into(),
            form_input: None,
            recipients: recipients.into(),
            stand_alone_form: None,
            state: None,
            ttl: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreateFormInstanceRequest {
    form_input: optional::<::serde_json::Value>(form_input),
    stand_alone_form: optional::<bool>(stand_alone_form),
    state: optional::<crate::CreateFormInstanceRequestState>(state),
    ttl: optional::<i64>(ttl),
});
crate::serde_helpers::serde_struct!(CreateFormInstanceRequest {
    created_by: required("createdBy"),
    expire: required("expire"),
    form_definition_id: required("formDefinitionId"),
    form_input: nullable("formInput"),
    recipients: required("recipients"),
    stand_alone_form: optional("standAloneForm"),
    state: optional("state"),
    ttl: optional("ttl"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateFormInstanceRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipients, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// State is required, if not present initial state is FormInstanceStateAssigned
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateFormInstanceRequestState {
    /// `ASSIGNED`
    Assigned,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUBMITTED`
    Submitted,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreateFormInstanceRequestState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assigned => "ASSIGNED",
            Self::InProgress => "IN_PROGRESS",
            Self::Submitted => "SUBMITTED",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreateFormInstanceRequestState {
    fn from(value: &str) -> Self {
        match value {
            "ASSIGNED" => Self::Assigned,
            "IN_PROGRESS" => Self::InProgress,
            "SUBMITTED" => Self::Submitted,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CreateFormInstanceRequestState);
