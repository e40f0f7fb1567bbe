#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetClassifyMachineAccountFromSourceStatusResponse {
    /// Status of Classification Process
    pub status: Option<crate::GetClassifyMachineAccountFromSourceStatusResponseStatus>,
    /// Time when the process was started
    pub started: Option<crate::primitives::DateTime>,
    /// Time when the process status was last updated
    pub updated: Option<Option<crate::primitives::DateTime>>,
    /// A map containing numbers relevant to the source classification process
    pub counts: Option<crate::GetClassifyMachineAccountFromSourceStatusResponseCounts>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetClassifyMachineAccountFromSourceStatusResponse {
    /// Builds a `GetClassifyMachineAccountFromSourceStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(GetClassifyMachineAccountFromSourceStatusResponse {
    status: optional::<crate::GetClassifyMachineAccountFromSourceStatusResponseStatus>(status),
    started: optional::<crate::primitives::DateTime>(started),
    updated: nullable::<crate::primitives::DateTime>(updated, updated_null),
    counts: optional::<crate::GetClassifyMachineAccountFromSourceStatusResponseCounts>(counts),
});
crate::serde_helpers::serde_struct!(GetClassifyMachineAccountFromSourceStatusResponse {
    status: optional("status"),
    started: optional("started"),
    updated: nullable("updated"),
    counts: optional("counts"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for GetClassifyMachineAccountFromSourceStatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.counts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// A map containing numbers relevant to the source classification process
#[derive(Debug, Clone, PartialEq)]
pub struct GetClassifyMachineAccountFromSourceStatusResponseCounts {
    /// total number of source accounts
    pub expected: i64,
    /// number of accounts that have been sent for processing (should be the same as expected when all accounts are collected)
    pub received: i64,
    /// number of accounts that have been classified
    pub completed: i64,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetClassifyMachineAccountFromSourceStatusResponseCounts {
    /// Builds a `GetClassifyMachineAccountFromSourceStatusResponseCounts` from its required fields; the others are unset.
    pub fn new(
        expected: impl Into<i64>,
        received: impl Into<i64>,
        completed: impl Into<i64>,
    ) -> Self {
        Self {
            expected: expected.into(),
            received: received.into(),
            completed: completed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(GetClassifyMachineAccountFromSourceStatusResponseCounts {
    expected: required("EXPECTED"),
    received: required("RECEIVED"),
    completed: required("COMPLETED"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for GetClassifyMachineAccountFromSourceStatusResponseCounts {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Status of Classification Process
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetClassifyMachineAccountFromSourceStatusResponseStatus {
    /// `STARTED`
    Started,
    /// `COLLECTED`
    Collected,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `TERMINATED`
    Terminated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetClassifyMachineAccountFromSourceStatusResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "STARTED",
            Self::Collected => "COLLECTED",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::Terminated => "TERMINATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetClassifyMachineAccountFromSourceStatusResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "STARTED" => Self::Started,
            "COLLECTED" => Self::Collected,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            "TERMINATED" => Self::Terminated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    GetClassifyMachineAccountFromSourceStatusResponseStatus
);
