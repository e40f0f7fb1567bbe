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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OutlierContributingFeature {
    /// Builds a `OutlierContributingFeature` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `value_type`.
    pub fn value_type(mut self, value: impl Into<crate::OutlierValueType>) -> Self {
        self.value_type = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<f64>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `importance`.
    pub fn importance(mut self, value: impl Into<f64>) -> Self {
        self.importance = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `translation_messages`.
    pub fn translation_messages(
        mut self,
        value: impl Into<crate::OutlierFeatureTranslation>,
    ) -> Self {
        self.translation_messages = Some(Some(value.into()));
        self
    }
    /// Sets `translation_messages` to an explicit `null`.
    pub fn translation_messages_null(mut self) -> Self {
        self.translation_messages = Some(None);
        self
    }
}
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
