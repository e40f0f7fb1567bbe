/// Defines the HTTP Authentication type. Additional values may be added in the future.
///
/// If *NO_AUTH* is selected, no extra information will be in HttpConfig.
///
/// If *BASIC_AUTH* is selected, HttpConfig will include BasicAuthConfig with Username and Password as strings.
///
/// If *BEARER_TOKEN* is selected, HttpConfig will include BearerTokenAuthConfig with Token as string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HttpAuthenticationType {
    /// `NO_AUTH`
    NoAuth,
    /// `BASIC_AUTH`
    BasicAuth,
    /// `BEARER_TOKEN`
    BearerToken,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl HttpAuthenticationType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoAuth => "NO_AUTH",
            Self::BasicAuth => "BASIC_AUTH",
            Self::BearerToken => "BEARER_TOKEN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for HttpAuthenticationType {
    fn from(value: &str) -> Self {
        match value {
            "NO_AUTH" => Self::NoAuth,
            "BASIC_AUTH" => Self::BasicAuth,
            "BEARER_TOKEN" => Self::BearerToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(HttpAuthenticationType);
