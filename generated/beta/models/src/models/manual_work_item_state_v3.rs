/// Indicates the state of the request processing for this item:
/// * PENDING: The request for this item is awaiting processing.
/// * APPROVED: The request for this item has been approved.
/// * REJECTED: The request for this item was rejected.
/// * EXPIRED: The request for this item expired with no action taken.
/// * CANCELLED: The request for this item was cancelled with no user action.
/// * ARCHIVED: The request for this item has been archived after completion.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManualWorkItemStateV3 {
    /// `PENDING`
    Pending,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `EXPIRED`
    Expired,
    /// `CANCELLED`
    Cancelled,
    /// `ARCHIVED`
    Archived,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManualWorkItemStateV3 {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Expired => "EXPIRED",
            Self::Cancelled => "CANCELLED",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ManualWorkItemStateV3 {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            "EXPIRED" => Self::Expired,
            "CANCELLED" => Self::Cancelled,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ManualWorkItemStateV3 {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ManualWorkItemStateV3 {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ManualWorkItemStateV3 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ManualWorkItemStateV3 {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ManualWorkItemStateV3 {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ManualWorkItemStateV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
