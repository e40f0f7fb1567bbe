#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceCreated {
    /// Source's unique ID.
    pub id: String,
    /// Source name.
    pub name: String,
    /// Connection type.
    pub r#type: String,
    /// Date and time when the source was created.
    pub created: crate::primitives::DateTime,
    /// Connector type used to connect to the source.
    pub connector: String,
    /// Identity who created the source.
    pub actor: crate::SourceCreatedActor,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceCreated {
    /// Builds a `SourceCreated` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        r#type: String,
        created: crate::primitives::DateTime,
        connector: String,
        actor: crate::SourceCreatedActor,
    ) -> Self {
        Self {
            id,
            name,
            r#type,
            created,
            connector,
            actor,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SourceCreated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.actor, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
