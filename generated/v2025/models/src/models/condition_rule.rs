#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConditionRule {
    /// Defines the type of object being selected. It will be either a reference to a form input (by input name) or a form element (by technical key).
    /// INPUT ConditionRuleSourceTypeInput
    /// ELEMENT ConditionRuleSourceTypeElement
    pub source_type: Option<crate::ConditionRuleSourceType>,
    /// Source - if the sourceType is ConditionRuleSourceTypeInput, the source type is the name of the form input to accept. However, if the sourceType is ConditionRuleSourceTypeElement,
    /// the source is the name of a technical key of an element to retrieve its value.
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
    pub operator: Option<crate::ConditionRuleOperator>,
    /// ConditionRuleValueType type.
    /// STRING ConditionRuleValueTypeString  This value is a static string.
    /// STRING_LIST ConditionRuleValueTypeStringList  This value is an array of string values.
    /// INPUT ConditionRuleValueTypeInput  This value is a reference to a form input.
    /// ELEMENT ConditionRuleValueTypeElement  This value is a reference to a form element (by technical key).
    /// LIST ConditionRuleValueTypeList
    /// BOOLEAN ConditionRuleValueTypeBoolean
    pub value_type: Option<crate::ConditionRuleValueType>,
    /// Based on the ValueType.
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConditionRule {
    /// Builds a `ConditionRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConditionRule {
    source_type: optional::<crate::ConditionRuleSourceType>(source_type),
    source: optional::<String>(source),
    operator: optional::<crate::ConditionRuleOperator>(operator),
    value_type: optional::<crate::ConditionRuleValueType>(value_type),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(ConditionRule {
    source_type: optional("sourceType"),
    source: optional("source"),
    operator: optional("operator"),
    value_type: optional("valueType"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConditionRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConditionRuleOperator {
    /// `EQ`
    Eq,
    /// `NE`
    Ne,
    /// `CO`
    Co,
    /// `NOT_CO`
    NotCo,
    /// `IN`
    In,
    /// `NOT_IN`
    NotIn,
    /// `EM`
    Em,
    /// `NOT_EM`
    NotEm,
    /// `SW`
    Sw,
    /// `NOT_SW`
    NotSw,
    /// `EW`
    Ew,
    /// `NOT_EW`
    NotEw,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConditionRuleOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "EQ",
            Self::Ne => "NE",
            Self::Co => "CO",
            Self::NotCo => "NOT_CO",
            Self::In => "IN",
            Self::NotIn => "NOT_IN",
            Self::Em => "EM",
            Self::NotEm => "NOT_EM",
            Self::Sw => "SW",
            Self::NotSw => "NOT_SW",
            Self::Ew => "EW",
            Self::NotEw => "NOT_EW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConditionRuleOperator {
    fn from(value: &str) -> Self {
        match value {
            "EQ" => Self::Eq,
            "NE" => Self::Ne,
            "CO" => Self::Co,
            "NOT_CO" => Self::NotCo,
            "IN" => Self::In,
            "NOT_IN" => Self::NotIn,
            "EM" => Self::Em,
            "NOT_EM" => Self::NotEm,
            "SW" => Self::Sw,
            "NOT_SW" => Self::NotSw,
            "EW" => Self::Ew,
            "NOT_EW" => Self::NotEw,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConditionRuleOperator);
/// Defines the type of object being selected. It will be either a reference to a form input (by input name) or a form element (by technical key).
/// INPUT ConditionRuleSourceTypeInput
/// ELEMENT ConditionRuleSourceTypeElement
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConditionRuleSourceType {
    /// `INPUT`
    Input,
    /// `ELEMENT`
    Element,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConditionRuleSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Input => "INPUT",
            Self::Element => "ELEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConditionRuleSourceType {
    fn from(value: &str) -> Self {
        match value {
            "INPUT" => Self::Input,
            "ELEMENT" => Self::Element,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConditionRuleSourceType);
/// ConditionRuleValueType type.
/// STRING ConditionRuleValueTypeString  This value is a static string.
/// STRING_LIST ConditionRuleValueTypeStringList  This value is an array of string values.
/// INPUT ConditionRuleValueTypeInput  This value is a reference to a form input.
/// ELEMENT ConditionRuleValueTypeElement  This value is a reference to a form element (by technical key).
/// LIST ConditionRuleValueTypeList
/// BOOLEAN ConditionRuleValueTypeBoolean
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConditionRuleValueType {
    /// `STRING`
    String,
    /// `STRING_LIST`
    StringList,
    /// `INPUT`
    Input,
    /// `ELEMENT`
    Element,
    /// `LIST`
    List,
    /// `BOOLEAN`
    Boolean,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConditionRuleValueType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::StringList => "STRING_LIST",
            Self::Input => "INPUT",
            Self::Element => "ELEMENT",
            Self::List => "LIST",
            Self::Boolean => "BOOLEAN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConditionRuleValueType {
    fn from(value: &str) -> Self {
        match value {
            "STRING" => Self::String,
            "STRING_LIST" => Self::StringList,
            "INPUT" => Self::Input,
            "ELEMENT" => Self::Element,
            "LIST" => Self::List,
            "BOOLEAN" => Self::Boolean,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConditionRuleValueType);
