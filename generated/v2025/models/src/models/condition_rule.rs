#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConditionRule {
    /// Defines the type of object being selected. It will be either a reference to a form input (by input name) or a form element (by technical key).
    /// INPUT ConditionRuleSourceTypeInput
    /// ELEMENT ConditionRuleSourceTypeElement
    #[serde(rename = "sourceType", default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<crate::ConditionRuleSourceType>,
    /// Source - if the sourceType is ConditionRuleSourceTypeInput, the source type is the name of the form input to accept. However, if the sourceType is ConditionRuleSourceTypeElement,
    /// the source is the name of a technical key of an element to retrieve its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// ConditionRuleComparisonOperatorType value.
    /// EQ ConditionRuleComparisonOperatorTypeEquals  This comparison operator compares the source and target for equality.
    /// NE ConditionRuleComparisonOperatorTypeNotEquals  This comparison operator compares the source and target for inequality.
    /// CO ConditionRuleComparisonOperatorTypeContains  This comparison operator searches the source to see whether it contains the value.
    /// NOT_CO ConditionRuleComparisonOperatorTypeNotContains
    /// IN ConditionRuleComparisonOperatorTypeIncludes  This comparison operator searches the source if it equals any of the values.
    /// NOT_IN ConditionRuleComparisonOperatorTypeNotIncludes
    /// EM ConditionRuleComparisonOperatorTypeEmpty
    /// NOT_EM ConditionRuleComparisonOperatorTypeNotEmpty
    /// SW ConditionRuleComparisonOperatorTypeStartsWith  Checks whether a string starts with another substring of the same string. This operator is case-sensitive.
    /// NOT_SW ConditionRuleComparisonOperatorTypeNotStartsWith
    /// EW ConditionRuleComparisonOperatorTypeEndsWith  Checks whether a string ends with another substring of the same string. This operator is case-sensitive.
    /// NOT_EW ConditionRuleComparisonOperatorTypeNotEndsWith
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<crate::ConditionRuleOperator>,
    /// ConditionRuleValueType type.
    /// STRING ConditionRuleValueTypeString  This value is a static string.
    /// STRING_LIST ConditionRuleValueTypeStringList  This value is an array of string values.
    /// INPUT ConditionRuleValueTypeInput  This value is a reference to a form input.
    /// ELEMENT ConditionRuleValueTypeElement  This value is a reference to a form element (by technical key).
    /// LIST ConditionRuleValueTypeList
    /// BOOLEAN ConditionRuleValueTypeBoolean
    #[serde(rename = "valueType", default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<crate::ConditionRuleValueType>,
    /// Based on the ValueType.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConditionRule {
    /// Builds a `ConditionRule` with every field unset.
    pub fn new() -> Self {
        Self {
            source_type: None,
            source: None,
            operator: None,
            value_type: None,
            value: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConditionRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
