/// An object referencing a completed SOD violation check
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextCheckCompletedV3 {
    /// The status of SOD violation check
    pub state: Option<Option<crate::SodViolationContextCheckCompletedV3State>>,
    /// The id of the Violation check event
    pub uuid: Option<Option<String>>,
    pub violation_check_result: Option<crate::SodViolationCheckResultV3>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextCheckCompletedV3 {
    /// Builds a `SodViolationContextCheckCompletedV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextCheckCompletedV3 {
    state: nullable::<crate::SodViolationContextCheckCompletedV3State>(state, state_null),
    uuid: nullable::<String>(uuid, uuid_null),
    violation_check_result: optional::<crate::SodViolationCheckResultV3>(violation_check_result),
});
crate::serde_helpers::serde_struct!(SodViolationContextCheckCompletedV3 {
    state: nullable("state"),
    uuid: nullable("uuid"),
    violation_check_result: optional("violationCheckResult"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationContextCheckCompletedV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_check_result, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodViolationContextCheckCompletedV3State {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodViolationContextCheckCompletedV3State {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SodViolationContextCheckCompletedV3State {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SodViolationContextCheckCompletedV3State);
