/// Arguments for Identities report (IDENTITIES)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Identities {
    /// Flag to specify if only correlated identities are included in report.
    pub correlated_only: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Identities {
    /// Builds a `Identities` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Identities {
    correlated_only: optional::<bool>(correlated_only),
});
crate::serde_helpers::serde_struct!(Identities {
    correlated_only: optional("correlatedOnly"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Identities {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
