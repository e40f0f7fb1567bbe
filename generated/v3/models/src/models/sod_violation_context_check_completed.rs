/// An object referencing a completed SOD violation check
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextCheckCompleted {
    /// The status of SOD violation check
    pub state: Option<Option<crate::SodViolationContextCheckCompletedState>>,
    /// The id of the Violation check event
    pub uuid: Option<Option<String>>,
    pub violation_check_result: Option<crate::SodViolationCheckResult>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextCheckCompleted {
    /// Builds a `SodViolationContextCheckCompleted` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextCheckCompleted {
    state: nullable::<crate::SodViolationContextCheckCompletedState>(state, state_null),
    uuid: nullable::<String>(uuid, uuid_null),
    violation_check_result: optional::<crate::SodViolationCheckResult>(violation_check_result),
});
crate::serde_helpers::serde_struct!(SodViolationContextCheckCompleted {
    state: nullable("state"),
    uuid: nullable("uuid"),
    violation_check_result: optional("violationCheckResult"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationContextCheckCompleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_check_result, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodViolationContextCheckCompletedState {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodViolationContextCheckCompletedState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SodViolationContextCheckCompletedState {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SodViolationContextCheckCompletedState);
