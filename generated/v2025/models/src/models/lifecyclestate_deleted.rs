/// Deleted lifecycle state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LifecyclestateDeleted {
    /// Deleted lifecycle state's DTO type.
    pub r#type: Option<crate::LifecyclestateDeletedType>,
    /// Deleted lifecycle state ID.
    pub id: Option<String>,
    /// Deleted lifecycle state's display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LifecyclestateDeleted {
    /// Builds a `LifecyclestateDeleted` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LifecyclestateDeleted {
    r#type: optional::<crate::LifecyclestateDeletedType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(LifecyclestateDeleted {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LifecyclestateDeleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Deleted lifecycle state's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LifecyclestateDeletedType {
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `TASK_RESULT`
    TaskResult,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LifecyclestateDeletedType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LifecycleState => "LIFECYCLE_STATE",
            Self::TaskResult => "TASK_RESULT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LifecyclestateDeletedType {
    fn from(value: &str) -> Self {
        match value {
            "LIFECYCLE_STATE" => Self::LifecycleState,
            "TASK_RESULT" => Self::TaskResult,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LifecyclestateDeletedType);
