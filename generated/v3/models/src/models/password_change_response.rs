#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordChangeResponse {
    /// The password change request ID
    pub request_id: Option<Option<String>>,
    /// Password change state
    pub state: Option<crate::PasswordChangeResponseState>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordChangeResponse {
    /// Builds a `PasswordChangeResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordChangeResponse {
    request_id: nullable::<String>(request_id, request_id_null),
    state: optional::<crate::PasswordChangeResponseState>(state),
});
crate::serde_helpers::serde_struct!(PasswordChangeResponse {
    request_id: nullable("requestId"),
    state: optional("state"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordChangeResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Password change state
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PasswordChangeResponseState {
    /// `IN_PROGRESS`
    InProgress,
    /// `FINISHED`
    Finished,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PasswordChangeResponseState {
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
impl From<&str> for PasswordChangeResponseState {
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => Self::InProgress,
            "FINISHED" => Self::Finished,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PasswordChangeResponseState);
