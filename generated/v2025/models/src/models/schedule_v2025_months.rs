/// Specifies which months of a schedule are active. Only valid for ANNUALLY schedule types. Examples:
///
/// On February and March:
/// * type LIST
/// * values "2", "3"
///
/// Every 3 months, starting in January (quarterly):
/// * type LIST
/// * values "1"
/// * interval 3
///
/// Every two months between July and December:
/// * type RANGE
/// * values "7", "12"
/// * interval 2
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduleV2025Months {
    /// Enum type to specify months value
    pub r#type: crate::ScheduleV2025MonthsType,
    /// Values of the months based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduleV2025Months {
    /// Builds a `ScheduleV2025Months` from its required fields; the others are unset.
    pub fn new(r#type: crate::ScheduleV2025MonthsType, values: Vec<String>) -> Self {
        Self {
            r#type,
            values,
            interval: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduleV2025Months {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
