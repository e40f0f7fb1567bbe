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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CommonAccessItemResponse {
    /// Builds a `CommonAccessItemResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `access`.
    pub fn access(mut self, value: impl Into<crate::CommonAccessItemAccess>) -> Self {
        self.access = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::CommonAccessItemState>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `last_updated`.
    pub fn last_updated(mut self, value: impl Into<String>) -> Self {
        self.last_updated = Some(value.into());
        self
    }
    /// Sets `reviewed_by_user`.
    pub fn reviewed_by_user(mut self, value: impl Into<bool>) -> Self {
        self.reviewed_by_user = Some(value.into());
        self
    }
    /// Sets `last_reviewed`.
    pub fn last_reviewed(mut self, value: impl Into<String>) -> Self {
        self.last_reviewed = Some(value.into());
        self
    }
    /// Sets `created_by_user`.
    pub fn created_by_user(mut self, value: impl Into<String>) -> Self {
        self.created_by_user = Some(value.into());
        self
    }
}
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
