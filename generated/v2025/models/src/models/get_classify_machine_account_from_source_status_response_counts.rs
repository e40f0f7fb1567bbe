/// A map containing numbers relevant to the source classification process
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetClassifyMachineAccountFromSourceStatusResponseCounts {
    /// total number of source accounts
    #[serde(rename = "EXPECTED")]
    pub expected: i64,
    /// number of accounts that have been sent for processing (should be the same as expected when all accounts are collected)
    #[serde(rename = "RECEIVED")]
    pub received: i64,
    /// number of accounts that have been classified
    #[serde(rename = "COMPLETED")]
    pub completed: i64,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl GetClassifyMachineAccountFromSourceStatusResponseCounts {
    /// Builds a `GetClassifyMachineAccountFromSourceStatusResponseCounts` from its required fields; the others are unset.
    pub fn new(expected: i64, received: i64, completed: i64) -> Self {
        Self {
            expected,
            received,
            completed,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for GetClassifyMachineAccountFromSourceStatusResponseCounts {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
