#[derive(Debug, Clone, PartialEq, Default)]
pub struct Revocability {
    /// List describing the steps involved in approving the revocation request.
    pub approval_schemes: Option<Option<Vec<crate::AccessProfileApprovalScheme>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Revocability {
    /// Builds a `Revocability` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Revocability {
    approval_schemes: nullable::<Vec<crate::AccessProfileApprovalScheme>>(approval_schemes, approval_schemes_null),
});
crate::serde_helpers::serde_struct!(Revocability {
    approval_schemes: nullable("approvalSchemes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Revocability {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_schemes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
