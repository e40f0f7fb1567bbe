/// Identity who created the source.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceCreatedActor {
    /// DTO type of identity who created the source.
    pub r#type: crate::SourceCreatedActorType,
    /// ID of identity who created the source.
    pub id: String,
    /// Display name of identity who created the source.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceCreatedActor {
    /// Builds a `SourceCreatedActor` from its required fields; the others are unset.
    pub fn new(r#type: crate::SourceCreatedActorType, id: String, name: String) -> Self {
        Self {
            r#type,
            id,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SourceCreatedActor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
