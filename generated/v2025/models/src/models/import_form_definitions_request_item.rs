#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportFormDefinitionsRequestItem {
    pub object: Option<crate::FormDefinitionResponse>,
    pub self_: Option<String>,
    pub version: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportFormDefinitionsRequestItem {
    /// Builds a `ImportFormDefinitionsRequestItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<crate::FormDefinitionResponse>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `self_`.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<i32>) -> Self {
        self.version = Some(value.into());
        self
    }
}
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
