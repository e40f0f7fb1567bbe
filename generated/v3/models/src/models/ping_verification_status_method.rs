#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PingVerificationStatusMethod {
    /// `okta-verify`
    OktaVerify,
    /// `duo-web`
    DuoWeb,
    /// `kba`
    Kba,
    /// `token`
    Token,
    /// `rsa`
    Rsa,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PingVerificationStatusMethod {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OktaVerify => "okta-verify",
            Self::DuoWeb => "duo-web",
            Self::Kba => "kba",
            Self::Token => "token",
            Self::Rsa => "rsa",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PingVerificationStatusMethod {
    fn from(value: &str) -> Self {
        match value {
            "okta-verify" => Self::OktaVerify,
            "duo-web" => Self::DuoWeb,
            "kba" => Self::Kba,
            "token" => Self::Token,
            "rsa" => Self::Rsa,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PingVerificationStatusMethod);
