/// OAuth2 Grant Type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GrantType {
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// `AUTHORIZATION_CODE`
    AuthorizationCode,
    /// `REFRESH_TOKEN`
    RefreshToken,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GrantType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "CLIENT_CREDENTIALS",
            Self::AuthorizationCode => "AUTHORIZATION_CODE",
            Self::RefreshToken => "REFRESH_TOKEN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GrantType {
    fn from(value: &str) -> Self {
        match value {
            "CLIENT_CREDENTIALS" => Self::ClientCredentials,
            "AUTHORIZATION_CODE" => Self::AuthorizationCode,
            "REFRESH_TOKEN" => Self::RefreshToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GrantType);
