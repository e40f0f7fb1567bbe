/// Provides additional details for a request that has been cancelled.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelledRequestDetails {
    /// Comment made by the owner when cancelling the associated request.
    pub comment: Option<String>,
    pub owner: Option<crate::OwnerDto>,
    /// Date comment was added by the owner when cancelling the associated request.
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CancelledRequestDetails {
    /// Builds a `CancelledRequestDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CancelledRequestDetails {
    comment: optional::<String>(comment),
    owner: optional::<crate::OwnerDto>(owner),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(CancelledRequestDetails {
    comment: optional("comment"),
    owner: optional("owner"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CancelledRequestDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
