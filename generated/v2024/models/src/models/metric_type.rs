/// Enum representing the currently supported metric aggregation types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MetricType {
    /// `COUNT`
    Count,
    /// `UNIQUE_COUNT`
    UniqueCount,
    /// `AVG`
    Avg,
    /// `SUM`
    Sum,
    /// `MEDIAN`
    Median,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MetricType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::UniqueCount => "UNIQUE_COUNT",
            Self::Avg => "AVG",
            Self::Sum => "SUM",
            Self::Median => "MEDIAN",
            Self::Min => "MIN",
            Self::Max => "MAX",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for MetricType {
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Self::Count,
            "UNIQUE_COUNT" => Self::UniqueCount,
            "AVG" => Self::Avg,
            "SUM" => Self::Sum,
            "MEDIAN" => Self::Median,
            "MIN" => Self::Min,
            "MAX" => Self::Max,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for MetricType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for MetricType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for MetricType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for MetricType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MetricType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for MetricType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
