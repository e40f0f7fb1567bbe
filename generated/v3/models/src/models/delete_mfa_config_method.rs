#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeleteMfaConfigMethod {
    /// `okta-verify`
    OktaVerify,
    /// `duo-web`
    DuoWeb,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeleteMfaConfigMethod {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OktaVerify => "okta-verify",
            Self::DuoWeb => "duo-web",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeleteMfaConfigMethod {
    fn from(value: &str) -> Self {
        match value {
            "okta-verify" => Self::OktaVerify,
            "duo-web" => Self::DuoWeb,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeleteMfaConfigMethod);
