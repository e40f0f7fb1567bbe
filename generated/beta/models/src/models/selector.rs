#[derive(Debug, Clone, PartialEq, Default)]
pub struct Selector {
    /// The application id
    pub application_id: Option<String>,
    pub account_match_config: Option<crate::SelectorAccountMatchConfig>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Selector {
    /// Builds a `Selector` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Selector {
    application_id: optional::<String>(application_id),
    account_match_config: optional::<crate::SelectorAccountMatchConfig>(account_match_config),
});
crate::serde_helpers::serde_struct!(Selector {
    application_id: optional("applicationId"),
    account_match_config: optional("accountMatchConfig"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Selector {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account_match_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelectorAccountMatchConfig {
    pub match_expression: Option<crate::SelectorAccountMatchConfigMatchExpression>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SelectorAccountMatchConfig {
    /// Builds a `SelectorAccountMatchConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SelectorAccountMatchConfig {
    match_expression: optional::<crate::SelectorAccountMatchConfigMatchExpression>(match_expression),
});
crate::serde_helpers::serde_struct!(SelectorAccountMatchConfig {
    match_expression: optional("matchExpression"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SelectorAccountMatchConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.match_expression, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelectorAccountMatchConfigMatchExpression {
    pub match_terms: Option<Vec<crate::MatchTerm>>,
    /// If it is AND operators for match terms
    pub and: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SelectorAccountMatchConfigMatchExpression {
    /// Builds a `SelectorAccountMatchConfigMatchExpression` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SelectorAccountMatchConfigMatchExpression {
    match_terms: optional::<Vec<crate::MatchTerm>>(match_terms),
    and: optional::<bool>(and),
});
crate::serde_helpers::serde_struct!(SelectorAccountMatchConfigMatchExpression {
    match_terms: optional("matchTerms"),
    and: optional("and"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SelectorAccountMatchConfigMatchExpression {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.match_terms, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
