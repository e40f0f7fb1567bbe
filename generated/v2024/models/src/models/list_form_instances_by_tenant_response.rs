/// List of FormInstanceResponse items
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFormInstancesByTenantResponse {
    /// Unique guid identifying this form instance
    pub id: Option<String>,
    /// Expire is the maximum amount of time that a form can be in progress. After this time is reached then the form will be moved to a CANCELED state automatically. The user will no longer be able to complete the submission. When a form instance is expires an audit log will be generated for that record
    pub expire: Option<String>,
    /// State the state of the form instance
    /// ASSIGNED FormInstanceStateAssigned
    /// IN_PROGRESS FormInstanceStateInProgress
    /// SUBMITTED FormInstanceStateSubmitted
    /// COMPLETED FormInstanceStateCompleted
    /// CANCELLED FormInstanceStateCancelled
    pub state: Option<crate::ListFormInstancesByTenantResponseState>,
    /// StandAloneForm is a boolean flag to indicate if this form should be available for users to complete via the standalone form UI or should this only be available to be completed by as an embedded form
    pub stand_alone_form: Option<bool>,
    /// StandAloneFormURL is the URL where this form may be completed by the designated recipients using the standalone form UI
    pub stand_alone_form_url: Option<String>,
    pub created_by: Option<crate::FormInstanceCreatedBy>,
    /// FormDefinitionID is the id of the form definition that created this form
    pub form_definition_id: Option<String>,
    /// FormInput is an object of form input labels to value
    pub form_input: Option<Option<::indexmap::IndexMap<String, ::serde_json::Value>>>,
    /// FormElements is the configuration of the form, this would be a repeat of the fields from the form-config
    pub form_elements: Option<Vec<crate::FormElement>>,
    /// FormData is the data provided by the form on submit. The data is in a key -&gt; value map
    pub form_data: Option<::serde_json::Value>,
    /// FormErrors is an array of form validation errors from the last time the form instance was transitioned to the SUBMITTED state. If the form instance had validation errors then it would be moved to the IN PROGRESS state where the client can retrieve these errors
    pub form_errors: Option<Vec<crate::FormError>>,
    /// FormConditions is the conditional logic that modify the form dynamically modify the form as the recipient is interacting out the form
    pub form_conditions: Option<Vec<crate::FormCondition>>,
    /// Created is the date the form instance was assigned
    pub created: Option<crate::primitives::DateTime>,
    /// Modified is the last date the form instance was modified
    pub modified: Option<crate::primitives::DateTime>,
    /// Recipients references to the recipient of a form. The recipients are those who are responsible for filling out a form and completing it
    pub recipients: Option<Vec<crate::FormInstanceRecipient>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListFormInstancesByTenantResponse {
    /// Builds a `ListFormInstancesByTenantResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListFormInstancesByTenantResponse {
    id: optional::<String>(id),
    expire: optional::<String>(expire),
    state: optional::<crate::ListFormInstancesByTenantResponseState>(state),
    stand_alone_form: optional::<bool>(stand_alone_form),
    stand_alone_form_url: optional::<String>(stand_alone_form_url),
    created_by: optional::<crate::FormInstanceCreatedBy>(created_by),
    form_definition_id: optional::<String>(form_definition_id),
    form_input: nullable::<::indexmap::IndexMap<String, ::serde_json::Value>>(form_input, form_input_null),
    form_elements: optional::<Vec<crate::FormElement>>(form_elements),
    form_data: nullable_json::<::serde_json::Value>(form_data, form_data_null),
    form_errors: optional::<Vec<crate::FormError>>(form_errors),
    form_conditions: optional::<Vec<crate::FormCondition>>(form_conditions),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    recipients: optional::<Vec<crate::FormInstanceRecipient>>(recipients),
});
crate::serde_helpers::serde_struct!(ListFormInstancesByTenantResponse {
    id: optional("id"),
    expire: optional("expire"),
    state: optional("state"),
    stand_alone_form: optional("standAloneForm"),
    stand_alone_form_url: optional("standAloneFormUrl"),
    created_by: optional("createdBy"),
    form_definition_id: optional("formDefinitionId"),
    form_input: nullable("formInput"),
    form_elements: optional("formElements"),
    form_data: nullable("formData"),
    form_errors: optional("formErrors"),
    form_conditions: optional("formConditions"),
    created: optional("created"),
    modified: optional("modified"),
    recipients: optional("recipients"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListFormInstancesByTenantResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_elements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_conditions, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipients, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// State the state of the form instance
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListFormInstancesByTenantResponseState {
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
impl ListFormInstancesByTenantResponseState {
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
impl From<&str> for ListFormInstancesByTenantResponseState {
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
crate::serde_helpers::string_enum!(ListFormInstancesByTenantResponseState);
