/// Enum list containing types of Reassignment that can be found in the evaluate response.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReassignmentTypeEnum {
    /// `MANUAL_REASSIGNMENT,`
    ManualReassignment,
    /// `AUTOMATIC_REASSIGNMENT,`
    AutomaticReassignment,
    /// `AUTO_ESCALATION,`
    AutoEscalation,
    /// `SELF_REVIEW_DELEGATION`
    SelfReviewDelegation,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReassignmentTypeEnum {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualReassignment => "MANUAL_REASSIGNMENT,",
            Self::AutomaticReassignment => "AUTOMATIC_REASSIGNMENT,",
            Self::AutoEscalation => "AUTO_ESCALATION,",
            Self::SelfReviewDelegation => "SELF_REVIEW_DELEGATION",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ReassignmentTypeEnum {
    fn from(value: &str) -> Self {
        match value {
            "MANUAL_REASSIGNMENT," => Self::ManualReassignment,
            "AUTOMATIC_REASSIGNMENT," => Self::AutomaticReassignment,
            "AUTO_ESCALATION," => Self::AutoEscalation,
            "SELF_REVIEW_DELEGATION" => Self::SelfReviewDelegation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ReassignmentTypeEnum {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ReassignmentTypeEnum {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ReassignmentTypeEnum {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReassignmentTypeEnum {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReassignmentTypeEnum {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ReassignmentTypeEnum {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
