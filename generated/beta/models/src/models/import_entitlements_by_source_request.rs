#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportEntitlementsBySourceRequest {
    /// The CSV file containing the source entitlements to aggregate.
    ///
    /// Format: `binary`.
    #[serde(rename = "csvFile", default, skip_serializing_if = "Option::is_none")]
    pub csv_file: Option<Vec<u8>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportEntitlementsBySourceRequest {
    /// Builds a `ImportEntitlementsBySourceRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `csv_file`.
    pub fn csv_file(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.csv_file = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ImportEntitlementsBySourceRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
