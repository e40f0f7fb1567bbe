/// Provides additional details about this access request phase.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestPhases {
    /// The time that this phase started.
    pub started: Option<crate::primitives::DateTime>,
    /// The time that this phase finished.
    pub finished: Option<Option<crate::primitives::DateTime>>,
    /// The name of this phase.
    pub name: Option<String>,
    /// The state of this phase.
    pub state: Option<crate::AccessRequestPhasesState>,
    /// The state of this phase.
    pub result: Option<Option<crate::AccessRequestPhasesResult>>,
    /// A reference to another object on the RequestedItemStatus that contains more details about the phase. Note that for the Provisioning phase, this will be empty if there are no manual work items.
    pub phase_reference: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPhases {
    /// Builds a `AccessRequestPhases` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestPhases {
    started: optional::<crate::primitives::DateTime>(started),
    finished: nullable::<crate::primitives::DateTime>(finished, finished_null),
    name: optional::<String>(name),
    state: optional::<crate::AccessRequestPhasesState>(state),
    result: nullable::<crate::AccessRequestPhasesResult>(result, result_null),
    phase_reference: nullable::<String>(phase_reference, phase_reference_null),
});
crate::serde_helpers::serde_struct!(AccessRequestPhases {
    started: optional("started"),
    finished: nullable("finished"),
    name: optional("name"),
    state: optional("state"),
    result: nullable("result"),
    phase_reference: nullable("phaseReference"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestPhases {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.result, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPhasesResult {
    /// `SUCCESSFUL`
    Successful,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPhasesResult {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Successful => "SUCCESSFUL",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestPhasesResult {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESSFUL" => Self::Successful,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestPhasesResult);
/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPhasesState {
    /// `PENDING`
    Pending,
    /// `EXECUTING`
    Executing,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `NOT_EXECUTED`
    NotExecuted,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPhasesState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Executing => "EXECUTING",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::NotExecuted => "NOT_EXECUTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestPhasesState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "EXECUTING" => Self::Executing,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            "NOT_EXECUTED" => Self::NotExecuted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestPhasesState);
