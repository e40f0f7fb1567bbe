/// Arguments for Identities Details report (IDENTITIES_DETAILS)
#[derive(Debug, Clone, PartialEq)]
pub struct IdentitiesDetails {
    /// Flag to specify if only correlated identities are included in report.
    pub correlated_only: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentitiesDetails {
    /// Builds a `IdentitiesDetails` from its required fields; the others are unset.
    pub fn new(correlated_only: impl Into<bool>) -> Self {
        Self {
            correlated_only: correlated_only.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentitiesDetails {
    correlated_only: required("correlatedOnly"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentitiesDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
