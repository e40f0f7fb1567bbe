/// Provides additional details for a request that has been cancelled.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelledRequestDetailsV3 {
    /// Comment made by the owner when cancelling the associated request.
    pub comment: Option<String>,
    pub owner: Option<crate::OwnerDtoV3>,
    /// Date comment was added by the owner when cancelling the associated request.
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CancelledRequestDetailsV3 {
    /// Builds a `CancelledRequestDetailsV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CancelledRequestDetailsV3 {
    comment: optional::<String>(comment),
    owner: optional::<crate::OwnerDtoV3>(owner),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(CancelledRequestDetailsV3 {
    comment: optional("comment"),
    owner: optional("owner"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CancelledRequestDetailsV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
