#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Recommendation {
    /// Recommended type of account.
    pub r#type: crate::RecommendationType,
    /// Method used to produce the recommendation. DISCOVERY - suggested by AI, SOURCE - the account comes from a source flagged as containing machine accounts, CRITERIA - the account satisfies classification criteria.
    pub method: crate::RecommendationMethod,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Recommendation {
    /// Builds a `Recommendation` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::RecommendationType,
        method: crate::RecommendationMethod,
    ) -> Self {
        Self {
            r#type,
            method,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for Recommendation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.method, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
