#[derive(Debug, Clone, PartialEq, Default)]
pub struct Target {
    /// Target ID
    pub id: Option<String>,
    /// Target type
    pub r#type: Option<Option<crate::TargetType>>,
    /// Target name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Target {
    /// Builds a `Target` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Target {
    id: optional::<String>(id),
    r#type: nullable::<crate::TargetType>(r#type, type_null),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(Target {
    id: optional("id"),
    r#type: nullable("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Target {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Target type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TargetType {
    /// `APPLICATION`
    Application,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TargetType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "APPLICATION",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TargetType {
    fn from(value: &str) -> Self {
        match value {
            "APPLICATION" => Self::Application,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TargetType);
