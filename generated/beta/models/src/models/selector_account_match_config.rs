#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SelectorAccountMatchConfig {
    #[serde(
        rename = "matchExpression",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub match_expression: Option<crate::SelectorAccountMatchConfigMatchExpression>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SelectorAccountMatchConfig {
    /// Builds a `SelectorAccountMatchConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            match_expression: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SelectorAccountMatchConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.match_expression, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
