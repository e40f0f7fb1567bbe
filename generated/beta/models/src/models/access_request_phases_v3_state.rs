/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPhasesV3State {
    /// `PENDING`
    Pending,
    /// `EXECUTING`
    Executing,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `NOT_EXECUTED`
    NotExecuted,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPhasesV3State {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Executing => "EXECUTING",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::NotExecuted => "NOT_EXECUTED",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for AccessRequestPhasesV3State {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "EXECUTING" => Self::Executing,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            "NOT_EXECUTED" => Self::NotExecuted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AccessRequestPhasesV3State {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for AccessRequestPhasesV3State {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for AccessRequestPhasesV3State {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccessRequestPhasesV3State {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccessRequestPhasesV3State {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestPhasesV3State {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
