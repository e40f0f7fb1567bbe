#[derive(Debug, Clone, PartialEq)]
pub struct SourceSchedule {
    /// The type of the Schedule.
    pub r#type: crate::SourceScheduleType,
    /// The cron expression of the schedule.
    pub cron_expression: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceSchedule {
    /// Builds a `SourceSchedule` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::SourceScheduleType>,
        cron_expression: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            cron_expression: cron_expression.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceSchedule {
    r#type: required("type"),
    cron_expression: required("cronExpression"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceSchedule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the Schedule.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceScheduleType {
    /// `ACCOUNT_AGGREGATION`
    AccountAggregation,
    /// `GROUP_AGGREGATION`
    GroupAggregation,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceScheduleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountAggregation => "ACCOUNT_AGGREGATION",
            Self::GroupAggregation => "GROUP_AGGREGATION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceScheduleType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_AGGREGATION" => Self::AccountAggregation,
            "GROUP_AGGREGATION" => Self::GroupAggregation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceScheduleType);
