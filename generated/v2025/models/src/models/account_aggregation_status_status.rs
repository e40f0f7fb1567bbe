/// STARTED - Aggregation started, but source account iteration has not completed.
///
/// ACCOUNTS_COLLECTED - Source account iteration completed, but all accounts have not yet been processed.
///
/// COMPLETED - Aggregation completed (*possibly with errors*).
///
/// CANCELLED - Aggregation cancelled by user.
///
/// RETRIED - Aggregation retried because of connectivity issues with the Virtual Appliance.
///
/// TERMINATED - Aggregation marked as failed after 3 tries after connectivity issues with the Virtual Appliance.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountAggregationStatusStatus {
    /// `STARTED`
    Started,
    /// `ACCOUNTS_COLLECTED`
    AccountsCollected,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `RETRIED`
    Retried,
    /// `TERMINATED`
    Terminated,
    /// `NOT_FOUND`
    NotFound,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountAggregationStatusStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "STARTED",
            Self::AccountsCollected => "ACCOUNTS_COLLECTED",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::Retried => "RETRIED",
            Self::Terminated => "TERMINATED",
            Self::NotFound => "NOT_FOUND",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for AccountAggregationStatusStatus {
    fn from(value: &str) -> Self {
        match value {
            "STARTED" => Self::Started,
            "ACCOUNTS_COLLECTED" => Self::AccountsCollected,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            "RETRIED" => Self::Retried,
            "TERMINATED" => Self::Terminated,
            "NOT_FOUND" => Self::NotFound,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AccountAggregationStatusStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for AccountAggregationStatusStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for AccountAggregationStatusStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccountAggregationStatusStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountAggregationStatusStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for AccountAggregationStatusStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
