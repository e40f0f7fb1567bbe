#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceDeleted {
    /// The unique ID of the source.
    pub id: String,
    /// Human friendly name of the source.
    pub name: String,
    /// The connection type.
    pub r#type: String,
    /// The date and time the source was deleted.
    pub deleted: crate::primitives::DateTime,
    /// The connector type used to connect to the source.
    pub connector: String,
    /// Identity who deleted the source.
    pub actor: crate::SourceDeletedActor,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceDeleted {
    /// Builds a `SourceDeleted` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        r#type: String,
        deleted: crate::primitives::DateTime,
        connector: String,
        actor: crate::SourceDeletedActor,
    ) -> Self {
        Self {
            id,
            name,
            r#type,
            deleted,
            connector,
            actor,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SourceDeleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.actor, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
