#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeatureValueDto {
    /// The type of feature
    pub feature: Option<String>,
    /// The number of identities that have access to the feature
    pub numerator: Option<i32>,
    /// The number of identities with the corresponding feature
    pub denominator: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FeatureValueDto {
    /// Builds a `FeatureValueDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FeatureValueDto {
    feature: optional::<String>(feature),
    numerator: optional::<i32>(numerator),
    denominator: optional::<i32>(denominator),
});
crate::serde_helpers::serde_struct!(FeatureValueDto {
    feature: optional("feature"),
    numerator: optional("numerator"),
    denominator: optional("denominator"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FeatureValueDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
