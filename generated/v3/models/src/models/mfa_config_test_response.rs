/// Response model for configuration test of a given MFA method
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MfaConfigTestResponse {
    /// The configuration test result.
    ///
    /// Read-only: set by the server.
    pub state: Option<crate::MfaConfigTestResponseState>,
    /// The error message to indicate the failure of configuration test.
    ///
    /// Read-only: set by the server.
    pub error: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MfaConfigTestResponse {
    /// Builds a `MfaConfigTestResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MfaConfigTestResponse {
    state: optional::<crate::MfaConfigTestResponseState>(state),
    error: optional::<String>(error),
});
crate::serde_helpers::serde_struct!(MfaConfigTestResponse {
    state: optional("state"),
    error: optional("error"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MfaConfigTestResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The configuration test result.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MfaConfigTestResponseState {
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MfaConfigTestResponseState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MfaConfigTestResponseState {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MfaConfigTestResponseState);
