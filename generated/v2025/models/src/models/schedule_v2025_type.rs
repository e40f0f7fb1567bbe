/// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleV2025Type {
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `ANNUALLY`
    Annually,
    /// `CALENDAR`
    Calendar,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleV2025Type {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Annually => "ANNUALLY",
            Self::Calendar => "CALENDAR",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ScheduleV2025Type {
    fn from(value: &str) -> Self {
        match value {
            "WEEKLY" => Self::Weekly,
            "MONTHLY" => Self::Monthly,
            "ANNUALLY" => Self::Annually,
            "CALENDAR" => Self::Calendar,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ScheduleV2025Type {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ScheduleV2025Type {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ScheduleV2025Type {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ScheduleV2025Type {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ScheduleV2025Type {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ScheduleV2025Type {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
