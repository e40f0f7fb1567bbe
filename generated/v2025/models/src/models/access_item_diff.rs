#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessItemDiff {
    /// the id of the access item
    pub id: Option<String>,
    pub event_type: Option<crate::AccessItemDiffEventType>,
    /// the display name of the access item
    pub display_name: Option<String>,
    /// the source name of the access item
    pub source_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemDiff {
    /// Builds a `AccessItemDiff` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessItemDiff {
    id: optional::<String>(id),
    event_type: optional::<crate::AccessItemDiffEventType>(event_type),
    display_name: optional::<String>(display_name),
    source_name: optional::<String>(source_name),
});
crate::serde_helpers::serde_struct!(AccessItemDiff {
    id: optional("id"),
    event_type: optional("eventType"),
    display_name: optional("displayName"),
    source_name: optional("sourceName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemDiff {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessItemDiffEventType {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessItemDiffEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Remove => "REMOVE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessItemDiffEventType {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "REMOVE" => Self::Remove,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessItemDiffEventType);
