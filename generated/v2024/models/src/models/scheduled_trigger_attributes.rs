/// Attributes related to a scheduled trigger
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledTriggerAttributes {
    /// Frequency of execution
    pub frequency: Option<crate::ScheduledTriggerAttributesFrequency>,
    /// Time zone identifier
    pub time_zone: Option<Option<String>>,
    /// A valid CRON expression
    pub cron_string: Option<Option<String>>,
    /// Scheduled days of the week for execution
    pub weekly_days: Option<Option<Vec<String>>>,
    /// Scheduled execution times
    pub weekly_times: Option<Option<Vec<String>>>,
    /// Scheduled execution times
    pub yearly_times: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledTriggerAttributes {
    /// Builds a `ScheduledTriggerAttributes` from its required fields; the others are unset.
    pub fn new(
        frequency: impl Into<Option<crate::ScheduledTriggerAttributesFrequency>>,
    ) -> Self {
        Self {
            frequency: frequency.into(),
            time_zone: None,
            cron_string: None,
            weekly_days: None,
            weekly_times: None,
            yearly_times: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ScheduledTriggerAttributes {
    time_zone: nullable::<String>(time_zone, time_zone_null),
    cron_string: nullable::<String>(cron_string, cron_string_null),
    weekly_days: nullable::<Vec<String>>(weekly_days, weekly_days_null),
    weekly_times: nullable::<Vec<String>>(weekly_times, weekly_times_null),
    yearly_times: nullable::<Vec<String>>(yearly_times, yearly_times_null),
});
crate::serde_helpers::serde_struct!(ScheduledTriggerAttributes {
    frequency: required("frequency"),
    time_zone: nullable("timeZone"),
    cron_string: nullable("cronString"),
    weekly_days: nullable("weeklyDays"),
    weekly_times: nullable("weeklyTimes"),
    yearly_times: nullable("yearlyTimes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledTriggerAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.frequency, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Frequency of execution
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduledTriggerAttributesFrequency {
    /// `daily`
    Daily,
    /// `weekly`
    Weekly,
    /// `monthly`
    Monthly,
    /// `yearly`
    Yearly,
    /// `cronSchedule`
    CronSchedule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduledTriggerAttributesFrequency {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Monthly => "monthly",
            Self::Yearly => "yearly",
            Self::CronSchedule => "cronSchedule",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduledTriggerAttributesFrequency {
    fn from(value: &str) -> Self {
        match value {
            "daily" => Self::Daily,
            "weekly" => Self::Weekly,
            "monthly" => Self::Monthly,
            "yearly" => Self::Yearly,
            "cronSchedule" => Self::CronSchedule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduledTriggerAttributesFrequency);
