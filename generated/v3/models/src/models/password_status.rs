#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordStatus {
    /// The password change request ID
    pub request_id: Option<Option<String>>,
    /// Password change state
    pub state: Option<crate::PasswordStatusState>,
    /// The errors during the password change request
    pub errors: Option<Vec<String>>,
    /// List of source IDs in the password change request
    pub source_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordStatus {
    /// Builds a `PasswordStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordStatus {
    request_id: nullable::<String>(request_id, request_id_null),
    state: optional::<crate::PasswordStatusState>(state),
    errors: optional::<Vec<String>>(errors),
    source_ids: optional::<Vec<String>>(source_ids),
});
crate::serde_helpers::serde_struct!(PasswordStatus {
    request_id: nullable("requestId"),
    state: optional("state"),
    errors: optional("errors"),
    source_ids: optional("sourceIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Password change state
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PasswordStatusState {
    /// `IN_PROGRESS`
    InProgress,
    /// `FINISHED`
    Finished,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PasswordStatusState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Finished => "FINISHED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PasswordStatusState {
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => Self::InProgress,
            "FINISHED" => Self::Finished,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PasswordStatusState);
