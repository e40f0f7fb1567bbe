#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFormDefinitionsRequestItem {
    pub object: Option<crate::FormDefinitionResponse>,
    pub self_: Option<String>,
    pub version: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportFormDefinitionsRequestItem {
    /// Builds a `ImportFormDefinitionsRequestItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportFormDefinitionsRequestItem {
    object: optional::<crate::FormDefinitionResponse>(object),
    self_: optional::<String>(self_),
    version: optional::<i32>(version),
});
crate::serde_helpers::serde_struct!(ImportFormDefinitionsRequestItem {
    object: optional("object"),
    self_: optional("self"),
    version: optional("version"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportFormDefinitionsRequestItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
