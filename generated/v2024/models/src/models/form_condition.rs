/// Represent a form conditional.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormCondition {
    /// ConditionRuleLogicalOperatorType value.
    /// AND ConditionRuleLogicalOperatorTypeAnd
    /// OR ConditionRuleLogicalOperatorTypeOr
    pub rule_operator: Option<crate::FormConditionRuleOperator>,
    /// List of rules.
    pub rules: Option<Vec<crate::ConditionRule>>,
    /// List of effects.
    pub effects: Option<Vec<crate::ConditionEffect>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormCondition {
    /// Builds a `FormCondition` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormCondition {
    rule_operator: optional::<crate::FormConditionRuleOperator>(rule_operator),
    rules: optional::<Vec<crate::ConditionRule>>(rules),
    effects: optional::<Vec<crate::ConditionEffect>>(effects),
});
crate::serde_helpers::serde_struct!(FormCondition {
    rule_operator: optional("ruleOperator"),
    rules: optional("rules"),
    effects: optional("effects"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormCondition {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.rule_operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.rules, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.effects, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// ConditionRuleLogicalOperatorType value.
/// AND ConditionRuleLogicalOperatorTypeAnd
/// OR ConditionRuleLogicalOperatorTypeOr
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormConditionRuleOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormConditionRuleOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormConditionRuleOperator {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormConditionRuleOperator);
