#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceUpdated {
    /// Builds a `SourceUpdated` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        r#type: String,
        modified: crate::primitives::DateTime,
        connector: String,
        actor: crate::SourceUpdatedActor,
    ) -> Self {
        Self {
            id,
            name,
            r#type,
            modified,
            connector,
            actor,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SourceUpdated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.actor, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
