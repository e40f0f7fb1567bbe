#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetIdentitySnapshotSummaryInterval {
    /// `day`
    Day,
    /// `month`
    Month,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetIdentitySnapshotSummaryInterval {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetIdentitySnapshotSummaryInterval {
    fn from(value: &str) -> Self {
        match value {
            "day" => Self::Day,
            "month" => Self::Month,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetIdentitySnapshotSummaryInterval);
