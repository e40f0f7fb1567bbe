/// Defines the Invocation type.
///
/// **TEST** The trigger was invocated as a test, either via the test subscription button in the UI or via the start test invocation API.
///
/// **REAL_TIME** The trigger subscription is live and was invocated by a real event in IdentityNow.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InvocationStatusType {
    /// `TEST`
    Test,
    /// `REAL_TIME`
    RealTime,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl InvocationStatusType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Test => "TEST",
            Self::RealTime => "REAL_TIME",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for InvocationStatusType {
    fn from(value: &str) -> Self {
        match value {
            "TEST" => Self::Test,
            "REAL_TIME" => Self::RealTime,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(InvocationStatusType);
