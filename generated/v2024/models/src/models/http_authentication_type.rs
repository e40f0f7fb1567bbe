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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for HttpAuthenticationType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for HttpAuthenticationType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for HttpAuthenticationType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for HttpAuthenticationType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for HttpAuthenticationType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for HttpAuthenticationType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
