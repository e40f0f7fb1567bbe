/// Maps an Identity's attribute key to a list of preferred notification mediums.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PreferencesDto {
    /// The template notification key.
    pub key: Option<String>,
    /// List of preferred notification mediums, i.e., the mediums (or method) for which notifications are enabled. More mediums may be added in the future.
    pub mediums: Option<Vec<crate::Medium>>,
    /// Modified date of preference
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PreferencesDto {
    /// Builds a `PreferencesDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PreferencesDto {
    key: optional::<String>(key),
    mediums: optional::<Vec<crate::Medium>>(mediums),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(PreferencesDto {
    key: optional("key"),
    mediums: optional("mediums"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PreferencesDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.mediums, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
