/// | Construct       | Date Time Pattern | Description |
/// | ---------       | ----------------- | ----------- |
/// | ISO8601         | `yyyy-MM-dd'T'HH:mm:ss.SSSX` | The ISO8601 standard. |
/// | LDAP            | `yyyyMMddHHmmss.Z`           | The LDAP standard.    |
/// | PEOPLE_SOFT     | `MM/dd/yyyy`                 | The date format People Soft uses. |
/// | EPOCH_TIME_JAVA | # ms from midnight, January 1st, 1970 | The incoming date value as elapsed time in milliseconds from midnight, January 1st, 1970. |
/// | EPOCH_TIME_WIN32| # intervals of 100ns from midnight, January 1st, 1601 | The incoming date value as elapsed time in 100-nanosecond intervals from midnight, January 1st, 1601. |
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NamedConstruct {
    /// `ISO8601`
    Iso8601,
    /// `LDAP`
    Ldap,
    /// `PEOPLE_SOFT`
    PeopleSoft,
    /// `EPOCH_TIME_JAVA`
    EpochTimeJava,
    /// `EPOCH_TIME_WIN32`
    EpochTimeWin32,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl NamedConstruct {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iso8601 => "ISO8601",
            Self::Ldap => "LDAP",
            Self::PeopleSoft => "PEOPLE_SOFT",
            Self::EpochTimeJava => "EPOCH_TIME_JAVA",
            Self::EpochTimeWin32 => "EPOCH_TIME_WIN32",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for NamedConstruct {
    fn from(value: &str) -> Self {
        match value {
            "ISO8601" => Self::Iso8601,
            "LDAP" => Self::Ldap,
            "PEOPLE_SOFT" => Self::PeopleSoft,
            "EPOCH_TIME_JAVA" => Self::EpochTimeJava,
            "EPOCH_TIME_WIN32" => Self::EpochTimeWin32,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(NamedConstruct);
