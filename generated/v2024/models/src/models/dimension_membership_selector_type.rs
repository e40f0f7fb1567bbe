/// This enum characterizes the type of a Dimension's membership selector. Only the STANDARD type supported:
///
/// STANDARD: Indicates that Dimension membership is defined in terms of a criteria expression
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DimensionMembershipSelectorType {
    /// `STANDARD`
    Standard,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DimensionMembershipSelectorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DimensionMembershipSelectorType {
    fn from(value: &str) -> Self {
        match value {
            "STANDARD" => Self::Standard,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DimensionMembershipSelectorType);
