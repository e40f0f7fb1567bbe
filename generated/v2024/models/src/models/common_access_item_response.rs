#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonAccessItemResponse {
    /// Common Access Item ID
    pub id: Option<String>,
    pub access: Option<crate::CommonAccessItemAccess>,
    pub status: Option<crate::CommonAccessItemState>,
    pub last_updated: Option<String>,
    pub reviewed_by_user: Option<bool>,
    pub last_reviewed: Option<String>,
    pub created_by_user: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CommonAccessItemResponse {
    /// Builds a `CommonAccessItemResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CommonAccessItemResponse {
    id: optional::<String>(id),
    access: optional::<crate::CommonAccessItemAccess>(access),
    status: optional::<crate::CommonAccessItemState>(status),
    last_updated: optional::<String>(last_updated),
    reviewed_by_user: optional::<bool>(reviewed_by_user),
    last_reviewed: optional::<String>(last_reviewed),
    created_by_user: optional::<String>(created_by_user),
});
crate::serde_helpers::serde_struct!(CommonAccessItemResponse {
    id: optional("id"),
    access: optional("access"),
    status: optional("status"),
    last_updated: optional("lastUpdated"),
    reviewed_by_user: optional("reviewedByUser"),
    last_reviewed: optional("lastReviewed"),
    created_by_user: optional("createdByUser"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CommonAccessItemResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
