/// State is required, if not present initial state is FormInstanceStateAssigned
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateFormInstanceRequestState {
    /// `ASSIGNED`
    Assigned,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUBMITTED`
    Submitted,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreateFormInstanceRequestState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assigned => "ASSIGNED",
            Self::InProgress => "IN_PROGRESS",
            Self::Submitted => "SUBMITTED",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CreateFormInstanceRequestState {
    fn from(value: &str) -> Self {
        match value {
            "ASSIGNED" => Self::Assigned,
            "IN_PROGRESS" => Self::InProgress,
            "SUBMITTED" => Self::Submitted,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateFormInstanceRequestState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CreateFormInstanceRequestState {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CreateFormInstanceRequestState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CreateFormInstanceRequestState {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateFormInstanceRequestState {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for CreateFormInstanceRequestState {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
