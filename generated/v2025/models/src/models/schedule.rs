/// The schedule information.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub r#type: crate::ScheduleType,
    pub months: Option<Option<crate::SelectorV2025>>,
    pub days: Option<Option<crate::SelectorV2025>>,
    pub hours: crate::SelectorV2025,
    /// The schedule expiration date. Latest possible expiration date is '2038-01-19T03:14:07+0000'
    pub expiration: Option<Option<crate::primitives::DateTime>>,
    /// The canonical TZ identifier the schedule will run in (ex. America/New_York).  If no timezone is specified, the org's default timezone is used.
    pub time_zone_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Schedule {
    /// Builds a `Schedule` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleType>,
        hours: impl Into<crate::SelectorV2025>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            months: None,
            days: None,
            hours: hours.into(),
            expiration: None,
            time_zone_id: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Schedule {
    months: nullable::<crate::SelectorV2025>(months, months_null),
    days: nullable::<crate::SelectorV2025>(days, days_null),
    expiration: nullable::<crate::primitives::DateTime>(expiration, expiration_null),
    time_zone_id: nullable::<String>(time_zone_id, time_zone_id_null),
});
crate::serde_helpers::serde_struct!(Schedule {
    r#type: required("type"),
    months: nullable("months"),
    days: nullable("days"),
    hours: required("hours"),
    expiration: nullable("expiration"),
    time_zone_id: nullable("timeZoneId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Schedule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.months, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.days, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.hours, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
