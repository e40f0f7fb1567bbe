/// This is the comparison to perform.
/// | Operation | Description |
/// | --------- | ------- |
/// | LT        | Strictly less than: `firstDate < secondDate` |
/// | LTE       | Less than or equal to: `firstDate <= secondDate` |
/// | GT        | Strictly greater than: `firstDate > secondDate` |
/// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DateCompareOperator {
    /// `LT`
    Lt,
    /// `LTE`
    Lte,
    /// `GT`
    Gt,
    /// `GTE`
    Gte,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DateCompareOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lt => "LT",
            Self::Lte => "LTE",
            Self::Gt => "GT",
            Self::Gte => "GTE",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for DateCompareOperator {
    fn from(value: &str) -> Self {
        match value {
            "LT" => Self::Lt,
            "LTE" => Self::Lte,
            "GT" => Self::Gt,
            "GTE" => Self::Gte,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for DateCompareOperator {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for DateCompareOperator {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for DateCompareOperator {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DateCompareOperator {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DateCompareOperator {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for DateCompareOperator {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
