/// Specifies which hour(s) a schedule is active for. Examples:
///
/// Every three hours starting from 8AM, inclusive:
/// * type LIST
/// * values "8"
/// * interval 3
///
/// During business hours:
/// * type RANGE
/// * values "9", "5"
///
/// At 5AM, noon, and 5PM:
/// * type LIST
/// * values "5", "12", "17"
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduleHours {
    /// Enum type to specify hours value
    pub r#type: crate::ScheduleHoursType,
    /// Values of the days based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduleHours {
    /// Builds a `ScheduleHours` from its required fields; the others are unset.
    pub fn new(r#type: crate::ScheduleHoursType, values: Vec<String>) -> Self {
        Self {
            r#type,
            values,
            interval: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduleHours {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
