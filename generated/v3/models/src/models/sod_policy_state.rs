/// whether the policy is enforced or not
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodPolicyState {
    /// `ENFORCED`
    Enforced,
    /// `NOT_ENFORCED`
    NotEnforced,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodPolicyState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enforced => "ENFORCED",
            Self::NotEnforced => "NOT_ENFORCED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SodPolicyState {
    fn from(value: &str) -> Self {
        match value {
            "ENFORCED" => Self::Enforced,
            "NOT_ENFORCED" => Self::NotEnforced,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SodPolicyState);
