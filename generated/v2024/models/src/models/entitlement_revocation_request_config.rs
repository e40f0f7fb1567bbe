#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementRevocationRequestConfig {
    /// Ordered list of approval steps for the access request. Empty when no approval is required.
    pub approval_schemes: Option<Vec<crate::EntitlementApprovalScheme>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementRevocationRequestConfig {
    /// Builds a `EntitlementRevocationRequestConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementRevocationRequestConfig {
    approval_schemes: optional::<Vec<crate::EntitlementApprovalScheme>>(approval_schemes),
});
crate::serde_helpers::serde_struct!(EntitlementRevocationRequestConfig {
    approval_schemes: optional("approvalSchemes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementRevocationRequestConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_schemes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
