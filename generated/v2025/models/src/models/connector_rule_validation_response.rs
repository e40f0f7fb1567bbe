/// ConnectorRuleValidationResponse
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorRuleValidationResponse {
    pub state: crate::ConnectorRuleValidationResponseState,
    pub details: Vec<crate::ConnectorRuleValidationResponseDetailsItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorRuleValidationResponse {
    /// Builds a `ConnectorRuleValidationResponse` from its required fields; the others are unset.
    pub fn new(
        state: crate::ConnectorRuleValidationResponseState,
        details: Vec<crate::ConnectorRuleValidationResponseDetailsItem>,
    ) -> Self {
        Self {
            state,
            details,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConnectorRuleValidationResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
