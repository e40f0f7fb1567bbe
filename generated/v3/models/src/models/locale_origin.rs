/// An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LocaleOrigin {
    /// `DEFAULT`
    Default,
    /// `REQUEST`
    Request,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LocaleOrigin {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Request => "REQUEST",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LocaleOrigin {
    fn from(value: &str) -> Self {
        match value {
            "DEFAULT" => Self::Default,
            "REQUEST" => Self::Request,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LocaleOrigin);
