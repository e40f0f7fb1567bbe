#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonAccessResponse {
    /// Unique ID of the common access item
    pub id: Option<String>,
    /// common access item
    pub access: Option<crate::CommonAccessItemAccess>,
    /// CONFIRMED or DENIED
    pub status: Option<String>,
    pub common_access_type: Option<String>,
    /// Read-only: set by the server.
    pub last_updated: Option<crate::primitives::DateTime>,
    /// true if user has confirmed or denied status
    pub reviewed_by_user: Option<bool>,
    /// Read-only: set by the server.
    pub last_reviewed: Option<Option<crate::primitives::DateTime>>,
    pub created_by_user: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CommonAccessResponse {
    /// Builds a `CommonAccessResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CommonAccessResponse {
    id: optional::<String>(id),
    access: optional::<crate::CommonAccessItemAccess>(access),
    status: optional::<String>(status),
    common_access_type: optional::<String>(common_access_type),
    last_updated: optional::<crate::primitives::DateTime>(last_updated),
    reviewed_by_user: optional::<bool>(reviewed_by_user),
    last_reviewed: nullable::<crate::primitives::DateTime>(last_reviewed, last_reviewed_null),
    created_by_user: optional::<bool>(created_by_user),
});
crate::serde_helpers::serde_struct!(CommonAccessResponse {
    id: optional("id"),
    access: optional("access"),
    status: optional("status"),
    common_access_type: optional("commonAccessType"),
    last_updated: optional("lastUpdated"),
    reviewed_by_user: optional("reviewedByUser"),
    last_reviewed: nullable("lastReviewed"),
    created_by_user: optional("createdByUser"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CommonAccessResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
