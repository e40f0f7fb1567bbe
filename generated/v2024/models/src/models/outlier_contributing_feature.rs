#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlierContributingFeature {
    /// Contributing feature id
    pub id: Option<String>,
    /// The name of the feature
    pub name: Option<String>,
    pub value_type: Option<crate::OutlierValueType>,
    /// The feature value
    pub value: Option<f64>,
    /// The importance of the feature. This can also be a negative value
    pub importance: Option<f64>,
    /// The (translated if header is passed) displayName for the feature
    pub display_name: Option<String>,
    /// The (translated if header is passed) description for the feature
    pub description: Option<String>,
    pub translation_messages: Option<Option<crate::OutlierFeatureTranslation>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierContributingFeature {
    /// Builds a `OutlierContributingFeature` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutlierContributingFeature {
    id: optional::<String>(id),
    name: optional::<String>(name),
    value_type: optional::<crate::OutlierValueType>(value_type),
    value: optional::<f64>(value),
    importance: optional::<f64>(importance),
    display_name: optional::<String>(display_name),
    description: optional::<String>(description),
    translation_messages: nullable::<crate::OutlierFeatureTranslation>(translation_messages, translation_messages_null),
});
crate::serde_helpers::serde_struct!(OutlierContributingFeature {
    id: optional("id"),
    name: optional("name"),
    value_type: optional("valueType"),
    value: optional("value"),
    importance: optional("importance"),
    display_name: optional("displayName"),
    description: optional("description"),
    translation_messages: nullable("translationMessages"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OutlierContributingFeature {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.translation_messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
