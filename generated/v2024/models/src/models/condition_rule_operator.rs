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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for ConditionRuleOperator {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ConditionRuleOperator {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ConditionRuleOperator {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ConditionRuleOperator {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ConditionRuleOperator {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ConditionRuleOperator {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
