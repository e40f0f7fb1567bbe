/// Arguments for Identities Details report (IDENTITIES_DETAILS)
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentitiesDetails {
    /// Flag to specify if only correlated identities are included in report.
    #[serde(rename = "correlatedOnly")]
    pub correlated_only: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentitiesDetails {
    /// Builds a `IdentitiesDetails` from its required fields; the others are unset.
    pub fn new(correlated_only: impl Into<bool>) -> Self {
        Self {
            correlated_only: correlated_only.into(),
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentitiesDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
