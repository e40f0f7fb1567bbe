#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateSourceScheduleScheduleType {
    /// `ACCOUNT_AGGREGATION`
    AccountAggregation,
    /// `GROUP_AGGREGATION`
    GroupAggregation,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl UpdateSourceScheduleScheduleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountAggregation => "ACCOUNT_AGGREGATION",
            Self::GroupAggregation => "GROUP_AGGREGATION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UpdateSourceScheduleScheduleType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_AGGREGATION" => Self::AccountAggregation,
            "GROUP_AGGREGATION" => Self::GroupAggregation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(UpdateSourceScheduleScheduleType);
