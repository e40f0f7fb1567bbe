#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSourceResponse {
    /// Type of object being referenced.
    pub r#type: Option<crate::DeleteSourceResponseType>,
    /// Task result ID.
    pub id: Option<String>,
    /// Task result's human-readable display name (this should be null/empty).
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DeleteSourceResponse {
    /// Builds a `DeleteSourceResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DeleteSourceResponse {
    r#type: optional::<crate::DeleteSourceResponseType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(DeleteSourceResponse {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DeleteSourceResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeleteSourceResponseType {
    /// `TASK_RESULT`
    TaskResult,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeleteSourceResponseType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskResult => "TASK_RESULT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeleteSourceResponseType {
    fn from(value: &str) -> Self {
        match value {
            "TASK_RESULT" => Self::TaskResult,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeleteSourceResponseType);
