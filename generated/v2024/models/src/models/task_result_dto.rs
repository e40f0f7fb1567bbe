/// Task result.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskResultDto {
    /// Task result DTO type.
    pub r#type: Option<crate::TaskResultDtoType>,
    /// Task result ID.
    pub id: Option<String>,
    /// Task result display name.
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskResultDto {
    /// Builds a `TaskResultDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaskResultDto {
    r#type: optional::<crate::TaskResultDtoType>(r#type),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(TaskResultDto {
    r#type: optional("type"),
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskResultDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Task result DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskResultDtoType {
    /// `TASK_RESULT`
    TaskResult,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskResultDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskResult => "TASK_RESULT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskResultDtoType {
    fn from(value: &str) -> Self {
        match value {
            "TASK_RESULT" => Self::TaskResult,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskResultDtoType);
