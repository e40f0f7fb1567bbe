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
crate::serde_helpers::string_enum!(MetricType);
