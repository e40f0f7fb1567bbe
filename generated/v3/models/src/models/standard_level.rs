/// Standard Log4j log level
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StandardLevel {
    /// `OFF`
    Off,
    /// `FATAL`
    Fatal,
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `INFO`
    Info,
    /// `DEBUG`
    Debug,
    /// `TRACE`
    Trace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl StandardLevel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Fatal => "FATAL",
            Self::Error => "ERROR",
            Self::Warn => "WARN",
            Self::Info => "INFO",
            Self::Debug => "DEBUG",
            Self::Trace => "TRACE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StandardLevel {
    fn from(value: &str) -> Self {
        match value {
            "OFF" => Self::Off,
            "FATAL" => Self::Fatal,
            "ERROR" => Self::Error,
            "WARN" => Self::Warn,
            "INFO" => Self::Info,
            "DEBUG" => Self::Debug,
            "TRACE" => Self::Trace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(StandardLevel);
