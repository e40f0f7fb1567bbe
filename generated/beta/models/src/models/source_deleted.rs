#[derive(Debug, Clone, PartialEq)]
pub struct SourceDeleted {
    /// Source's unique ID.
    pub id: String,
    /// Source name.
    pub name: String,
    /// Connection type.
    pub r#type: String,
    /// Date and time when the source was deleted.
    pub deleted: crate::primitives::DateTime,
    /// Connector type used to connect to the source.
    pub connector: String,
    /// Identity who deleted the source.
    pub actor: crate::SourceDeletedActor,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceDeleted {
    /// Builds a `SourceDeleted` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
        deleted: impl Into<crate::primitives::DateTime>,
        connector: impl Into<String>,
        actor: impl Into<crate::SourceDeletedActor>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            deleted: deleted.into(),
            connector: connector.into(),
            actor: actor.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceDeleted {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    deleted: required("deleted"),
    connector: required("connector"),
    actor: required("actor"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceDeleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.actor, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity who deleted the source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDeletedActor {
    /// DTO type of the identity who deleted the source.
    pub r#type: crate::SourceDeletedActorType,
    /// ID of the identity who deleted the source.
    pub id: String,
    /// Name of the identity who deleted the source.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceDeletedActor {
    /// Builds a `SourceDeletedActor` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::SourceDeletedActorType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceDeletedActor {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceDeletedActor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of the identity who deleted the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceDeletedActorType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceDeletedActorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceDeletedActorType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceDeletedActorType);
