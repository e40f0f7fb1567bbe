#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonAccessItemRequest {
    pub access: Option<crate::CommonAccessItemAccess>,
    pub status: Option<crate::CommonAccessItemState>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CommonAccessItemRequest {
    /// Builds a `CommonAccessItemRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CommonAccessItemRequest {
    access: optional::<crate::CommonAccessItemAccess>(access),
    status: optional::<crate::CommonAccessItemState>(status),
});
crate::serde_helpers::serde_struct!(CommonAccessItemRequest {
    access: optional("access"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CommonAccessItemRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
