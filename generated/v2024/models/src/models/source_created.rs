#[derive(Debug, Clone, PartialEq)]
pub struct SourceCreated {
    /// The unique ID of the source.
    pub id: String,
    /// Human friendly name of the source.
    pub name: String,
    /// The connection type.
    pub r#type: String,
    /// The date and time the source was created.
    pub created: crate::primitives::DateTime,
    /// The connector type used to connect to the source.
    pub connector: String,
    /// Identity who created the source.
    pub actor: crate::SourceCreatedActor,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceCreated {
    /// Builds a `SourceCreated` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        connector: impl Into<String>,
        actor: impl Into<crate::SourceCreatedActor>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            created: created.into(),
            connector: connector.into(),
            actor: actor.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceCreated {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    created: required("created"),
    connector: required("connector"),
    actor: required("actor"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceCreated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.actor, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity who created the source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCreatedActor {
    /// DTO type of identity who created the source.
    pub r#type: crate::SourceCreatedActorType,
    /// ID of identity who created the source.
    pub id: String,
    /// Display name of identity who created the source.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceCreatedActor {
    /// Builds a `SourceCreatedActor` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::SourceCreatedActorType>,
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
crate::serde_helpers::serde_struct!(SourceCreatedActor {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceCreatedActor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of identity who created the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceCreatedActorType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceCreatedActorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceCreatedActorType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceCreatedActorType);
