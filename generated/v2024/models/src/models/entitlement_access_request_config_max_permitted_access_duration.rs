/// The maximum duration for which the access is permitted.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
    /// The time unit for the duration.
    #[serde(rename = "timeUnit", default, skip_serializing_if = "Option::is_none")]
    pub time_unit: Option<
        crate::EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// Builds a `EntitlementAccessRequestConfigMaxPermittedAccessDuration` with every field unset.
    pub fn new() -> Self {
        Self {
            value: None,
            time_unit: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.time_unit, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
