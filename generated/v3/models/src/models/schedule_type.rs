/// Enum representing the currently supported schedule types.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleType {
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `CALENDAR`
    Calendar,
    /// `ANNUALLY`
    Annually,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "DAILY",
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Calendar => "CALENDAR",
            Self::Annually => "ANNUALLY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleType {
    fn from(value: &str) -> Self {
        match value {
            "DAILY" => Self::Daily,
            "WEEKLY" => Self::Weekly,
            "MONTHLY" => Self::Monthly,
            "CALENDAR" => Self::Calendar,
            "ANNUALLY" => Self::Annually,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleType);
