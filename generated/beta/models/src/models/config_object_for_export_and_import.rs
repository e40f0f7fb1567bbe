/// Config export and import format for individual object configurations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigObjectForExportAndImport {
    /// Current version of configuration object.
    pub version: Option<i64>,
    pub self_: Option<crate::SelfImportExportDto>,
    /// Object details. Format dependant on the object type.
    pub object: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigObjectForExportAndImport {
    /// Builds a `ConfigObjectForExportAndImport` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigObjectForExportAndImport {
    version: optional::<i64>(version),
    self_: optional::<crate::SelfImportExportDto>(self_),
    object: optional::<::serde_json::Value>(object),
});
crate::serde_helpers::serde_struct!(ConfigObjectForExportAndImport {
    version: optional("version"),
    self_: optional("self"),
    object: nullable("object"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigObjectForExportAndImport {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.self_, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
