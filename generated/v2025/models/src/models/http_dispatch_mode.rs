/// HTTP response modes, i.e. SYNC, ASYNC, or DYNAMIC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HttpDispatchMode {
    /// `SYNC`
    Sync,
    /// `ASYNC`
    Async,
    /// `DYNAMIC`
    Dynamic,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl HttpDispatchMode {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sync => "SYNC",
            Self::Async => "ASYNC",
            Self::Dynamic => "DYNAMIC",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for HttpDispatchMode {
    fn from(value: &str) -> Self {
        match value {
            "SYNC" => Self::Sync,
            "ASYNC" => Self::Async,
            "DYNAMIC" => Self::Dynamic,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(HttpDispatchMode);
