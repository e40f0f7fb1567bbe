#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormUsedBy {
    /// FormUsedByType value.
    /// WORKFLOW FormUsedByTypeWorkflow
    /// SOURCE FormUsedByTypeSource
    /// MySailPoint FormUsedByType
    pub r#type: Option<crate::FormUsedByType>,
    /// Unique identifier of the system using the form.
    pub id: Option<String>,
    /// Name of the system using the form.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormUsedBy {
    /// Builds a `FormUsedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormUsedBy {
    r#type: optional::<crate::FormUsedByType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FormUsedBy {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormUsedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// FormUsedByType value.
/// WORKFLOW FormUsedByTypeWorkflow
/// SOURCE FormUsedByTypeSource
/// MySailPoint FormUsedByType
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormUsedByType {
    /// `WORKFLOW`
    Workflow,
    /// `SOURCE`
    Source,
    /// `MySailPoint`
    MySailPoint,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormUsedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Workflow => "WORKFLOW",
            Self::Source => "SOURCE",
            Self::MySailPoint => "MySailPoint",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormUsedByType {
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => Self::Workflow,
            "SOURCE" => Self::Source,
            "MySailPoint" => Self::MySailPoint,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormUsedByType);
