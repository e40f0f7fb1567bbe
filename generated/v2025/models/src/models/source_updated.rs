#[derive(Debug, Clone, PartialEq)]
pub struct SourceUpdated {
    /// The unique ID of the source.
    pub id: String,
    /// The user friendly name of the source.
    pub name: String,
    /// The connection type of the source.
    pub r#type: String,
    /// The date and time the source was modified.
    pub modified: crate::primitives::DateTime,
    /// The connector type used to connect to the source.
    pub connector: String,
    /// Identity who updated the source.
    pub actor: crate::SourceUpdatedActor,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceUpdated {
    /// Builds a `SourceUpdated` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
        modified: impl Into<crate::primitives::DateTime>,
        connector: impl Into<String>,
        actor: impl Into<crate::SourceUpdatedActor>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            modified: modified.into(),
            connector: connector.into(),
            actor: actor.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceUpdated {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    modified: required("modified"),
    connector: required("connector"),
    actor: required("actor"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceUpdated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.actor, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity who updated the source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceUpdatedActor {
    /// DTO type of identity who updated the source.
    pub r#type: crate::SourceUpdatedActorType,
    /// ID of identity who updated the source.
    pub id: Option<String>,
    /// Display name of identity who updated the source.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceUpdatedActor {
    /// Builds a `SourceUpdatedActor` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::SourceUpdatedActorType>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: None,
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SourceUpdatedActor {
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(SourceUpdatedActor {
    r#type: required("type"),
    id: optional("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceUpdatedActor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of identity who updated the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceUpdatedActorType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceUpdatedActorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceUpdatedActorType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceUpdatedActorType);
