#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlierFeatureTranslation {
    pub display_name: Option<crate::TranslationMessage>,
    pub description: Option<crate::TranslationMessage>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierFeatureTranslation {
    /// Builds a `OutlierFeatureTranslation` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutlierFeatureTranslation {
    display_name: optional::<crate::TranslationMessage>(display_name),
    description: optional::<crate::TranslationMessage>(description),
});
crate::serde_helpers::serde_struct!(OutlierFeatureTranslation {
    display_name: optional("displayName"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OutlierFeatureTranslation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.display_name, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.description, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
