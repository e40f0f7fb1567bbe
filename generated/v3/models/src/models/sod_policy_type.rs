/// whether a policy is query based or conflicting access based
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodPolicyType {
    /// `GENERAL`
    General,
    /// `CONFLICTING_ACCESS_BASED`
    ConflictingAccessBased,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodPolicyType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::General => "GENERAL",
            Self::ConflictingAccessBased => "CONFLICTING_ACCESS_BASED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SodPolicyType {
    fn from(value: &str) -> Self {
        match value {
            "GENERAL" => Self::General,
            "CONFLICTING_ACCESS_BASED" => Self::ConflictingAccessBased,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SodPolicyType);
