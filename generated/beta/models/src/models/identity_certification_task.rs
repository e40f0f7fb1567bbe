#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityCertificationTask {
    /// The task id
    pub id: Option<String>,
    /// The certification id
    pub certification_id: Option<String>,
    pub r#type: Option<crate::IdentityCertificationTaskType>,
    pub status: Option<crate::IdentityCertificationTaskStatus>,
    /// Any errors executing the task (Optional).
    pub errors: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityCertificationTask {
    /// Builds a `IdentityCertificationTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityCertificationTask {
    id: optional::<String>(id),
    certification_id: optional::<String>(certification_id),
    r#type: optional::<crate::IdentityCertificationTaskType>(r#type),
    status: optional::<crate::IdentityCertificationTaskStatus>(status),
    errors: optional::<Vec<String>>(errors),
});
crate::serde_helpers::serde_struct!(IdentityCertificationTask {
    id: optional("id"),
    certification_id: optional("certificationId"),
    r#type: optional("type"),
    status: optional("status"),
    errors: optional("errors"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityCertificationTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityCertificationTaskStatus {
    /// `QUEUED`
    Queued,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityCertificationTaskStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "QUEUED",
            Self::InProgress => "IN_PROGRESS",
            Self::Success => "SUCCESS",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityCertificationTaskStatus {
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => Self::Queued,
            "IN_PROGRESS" => Self::InProgress,
            "SUCCESS" => Self::Success,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityCertificationTaskStatus);
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityCertificationTaskType {
    /// `REASSIGN`
    Reassign,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityCertificationTaskType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reassign => "REASSIGN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityCertificationTaskType {
    fn from(value: &str) -> Self {
        match value {
            "REASSIGN" => Self::Reassign,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityCertificationTaskType);
