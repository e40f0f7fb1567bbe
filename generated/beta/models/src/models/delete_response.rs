#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteResponse {
    /// Type of object being referenced.
    pub r#type: Option<crate::DeleteResponseType>,
    /// Task result ID.
    pub id: Option<String>,
    /// Task result's human-readable display name (this should be null/empty).
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DeleteResponse {
    /// Builds a `DeleteResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DeleteResponse {
    r#type: optional::<crate::DeleteResponseType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(DeleteResponse {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DeleteResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeleteResponseType {
    /// `TASK_RESULT`
    TaskResult,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeleteResponseType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskResult => "TASK_RESULT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeleteResponseType {
    fn from(value: &str) -> Self {
        match value {
            "TASK_RESULT" => Self::TaskResult,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeleteResponseType);
