/// Import Object Response Body
///
/// Response model for import of a single object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectImportResult {
    /// Informational messages returned from the target service on import.
    pub infos: Vec<crate::SpConfigMessage>,
    /// Warning messages returned from the target service on import.
    pub warnings: Vec<crate::SpConfigMessage>,
    /// Error messages returned from the target service on import.
    pub errors: Vec<crate::SpConfigMessage>,
    /// References to objects that were created or updated by the import.
    pub imported_objects: Vec<crate::ImportObjectV3>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ObjectImportResult {
    /// Builds a `ObjectImportResult` from its required fields; the others are unset.
    pub fn new(
        infos: impl Into<Vec<crate::SpConfigMessage>>,
        warnings: impl Into<Vec<crate::SpConfigMessage>>,
        errors: impl Into<Vec<crate::SpConfigMessage>>,
        imported_objects: impl Into<Vec<crate::ImportObjectV3>>,
    ) -> Self {
        Self {
            infos: infos.into(),
            warnings: warnings.into(),
            errors: errors.into(),
            imported_objects: imported_objects.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ObjectImportResult {
    infos: required("infos"),
    warnings: required("warnings"),
    errors: required("errors"),
    imported_objects: required("importedObjects"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ObjectImportResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.infos, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.warnings, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.imported_objects, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
