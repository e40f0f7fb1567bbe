/// The schedule information.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Schedule {
    pub r#type: crate::ScheduleType,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub months: Option<Option<crate::Selector>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub days: Option<Option<crate::Selector>>,
    pub hours: crate::Selector,
    /// The schedule expiration date. Latest possible expiration date is '2038-01-19T03:14:07+0000'
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub expiration: Option<Option<crate::primitives::DateTime>>,
    /// The canonical TZ identifier the schedule will run in (ex. America/New_York).  If no timezone is specified, the org's default timezone is used.
    #[serde(
        rename = "timeZoneId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub time_zone_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Schedule {
    /// Builds a `Schedule` from its required fields; the others are unset.
    pub fn new(r#type: crate::ScheduleType, hours: crate::Selector) -> Self {
        Self {
            r#type,
            months: None,
            days: None,
            hours,
            expiration: None,
            time_zone_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for Schedule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.months, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.days, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.hours, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
