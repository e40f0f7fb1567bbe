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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for ConditionRuleValueType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ConditionRuleValueType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ConditionRuleValueType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ConditionRuleValueType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ConditionRuleValueType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ConditionRuleValueType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
