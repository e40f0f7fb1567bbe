#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthProfileSummary {
    /// Tenant name.
    pub tenant: Option<String>,
    /// Identity ID.
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AuthProfileSummary {
    /// Builds a `AuthProfileSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AuthProfileSummary {
    tenant: optional::<String>(tenant),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(AuthProfileSummary {
    tenant: optional("tenant"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AuthProfileSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
