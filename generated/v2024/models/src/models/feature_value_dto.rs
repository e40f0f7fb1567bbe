#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FeatureValueDto {
    /// The type of feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    /// The number of identities that have access to the feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<i32>,
    /// The number of identities with the corresponding feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FeatureValueDto {
    /// Builds a `FeatureValueDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `feature`.
    pub fn feature(mut self, value: impl Into<String>) -> Self {
        self.feature = Some(value.into());
        self
    }
    /// Sets `numerator`.
    pub fn numerator(mut self, value: impl Into<i32>) -> Self {
        self.numerator = Some(value.into());
        self
    }
    /// Sets `denominator`.
    pub fn denominator(mut self, value: impl Into<i32>) -> Self {
        self.denominator = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for FeatureValueDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
