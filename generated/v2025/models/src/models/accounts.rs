/// Arguments for Account Export report (ACCOUNTS)
#[derive(Debug, Clone, PartialEq)]
pub struct Accounts {
    /// Source ID.
    pub application: String,
    /// Source name.
    pub source_name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Accounts {
    /// Builds a `Accounts` from its required fields; the others are unset.
    pub fn new(application: impl Into<String>, source_name: impl Into<String>) -> Self {
        Self {
            application: application.into(),
            source_name: source_name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(Accounts {
    application: required("application"),
    source_name: required("sourceName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Accounts {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
