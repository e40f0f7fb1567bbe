/// Identity Profile exported object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityProfileExportedObject {
    /// Version or object from the target service.
    pub version: Option<i64>,
    pub self_: Option<crate::SelfImportExportDto>,
    pub object: Option<crate::IdentityProfileV3>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfileExportedObject {
    /// Builds a `IdentityProfileExportedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityProfileExportedObject {
    version: optional::<i64>(version),
    self_: optional::<crate::SelfImportExportDto>(self_),
    object: optional::<crate::IdentityProfileV3>(object),
});
crate::serde_helpers::serde_struct!(IdentityProfileExportedObject {
    version: optional("version"),
    self_: optional("self"),
    object: optional("object"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityProfileExportedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.self_, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
