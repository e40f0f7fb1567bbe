#[derive(Debug, Clone, PartialEq, Default)]
pub struct License {
    /// Name of the license
    pub license_id: Option<String>,
    /// Legacy name of the license
    pub legacy_feature_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl License {
    /// Builds a `License` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(License {
    license_id: optional::<String>(license_id),
    legacy_feature_name: optional::<String>(legacy_feature_name),
});
crate::serde_helpers::serde_struct!(License {
    license_id: optional("licenseId"),
    legacy_feature_name: optional("legacyFeatureName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for License {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
