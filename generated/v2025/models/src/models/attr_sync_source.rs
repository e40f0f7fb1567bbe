/// Target source for attribute synchronization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttrSyncSource {
    /// DTO type of target source for attribute synchronization.
    pub r#type: Option<crate::AttrSyncSourceType>,
    /// ID of target source for attribute synchronization.
    pub id: Option<String>,
    /// Human-readable name of target source for attribute synchronization.
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttrSyncSource {
    /// Builds a `AttrSyncSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttrSyncSource {
    r#type: optional::<crate::AttrSyncSourceType>(r#type),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(AttrSyncSource {
    r#type: optional("type"),
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttrSyncSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of target source for attribute synchronization.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AttrSyncSourceType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AttrSyncSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttrSyncSourceType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AttrSyncSourceType);
