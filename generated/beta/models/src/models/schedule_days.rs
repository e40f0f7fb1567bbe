/// Specifies which day(s) a schedule is active for. This is required for all schedule types.
/// The "values" field holds different data depending on the type of schedule:
/// * WEEKLY: days of the week (1-7)
/// * MONTHLY: days of the month (1-31, L, L-1...)
/// * ANNUALLY: if the "months" field is also set: days of the month (1-31, L, L-1...); otherwise: ISO-8601 dates without year ("--12-31")
/// * CALENDAR: ISO-8601 dates ("2020-12-31")
///
/// Note that CALENDAR only supports the LIST type, and ANNUALLY does not support the RANGE type when provided
/// with ISO-8601 dates without year.
///
/// Examples:
///
/// On Sundays:
/// * type LIST
/// * values "1"
///
/// The second to last day of the month:
/// * type LIST
/// * values "L-1"
///
/// From the 20th to the last day of the month:
/// * type RANGE
/// * values "20", "L"
///
/// Every March 2nd:
/// * type LIST
/// * values "--03-02"
///
/// On March 2nd, 2021:
/// * type: LIST
/// * values "2021-03-02"
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduleDays {
    /// Enum type to specify days value
    pub r#type: crate::ScheduleDaysType,
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
impl ScheduleDays {
    /// Builds a `ScheduleDays` from its required fields; the others are unset.
    pub fn new(r#type: crate::ScheduleDaysType, values: Vec<String>) -> Self {
        Self {
            r#type,
            values,
            interval: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduleDays {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
