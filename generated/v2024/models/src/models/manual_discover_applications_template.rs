#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualDiscoverApplicationsTemplate {
    /// Name of the application.
    pub application_name: Option<String>,
    /// Description of the application.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManualDiscoverApplicationsTemplate {
    /// Builds a `ManualDiscoverApplicationsTemplate` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManualDiscoverApplicationsTemplate {
    application_name: optional::<String>(application_name),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(ManualDiscoverApplicationsTemplate {
    application_name: optional("application_name"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManualDiscoverApplicationsTemplate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
