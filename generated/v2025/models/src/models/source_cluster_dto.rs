/// Source cluster.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceClusterDto {
    /// Source cluster DTO type.
    pub r#type: Option<crate::SourceClusterDtoType>,
    /// Source cluster ID.
    pub id: Option<String>,
    /// Source cluster display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceClusterDto {
    /// Builds a `SourceClusterDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceClusterDto {
    r#type: optional::<crate::SourceClusterDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceClusterDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceClusterDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Source cluster DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceClusterDtoType {
    /// `CLUSTER`
    Cluster,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceClusterDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "CLUSTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceClusterDtoType {
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => Self::Cluster,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceClusterDtoType);
