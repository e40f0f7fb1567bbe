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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CommonAccessResponse {
    /// Builds a `CommonAccessResponse` with every field unset.
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
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `common_access_type`.
    pub fn common_access_type(mut self, value: impl Into<String>) -> Self {
        self.common_access_type = Some(value.into());
        self
    }
    /// Sets `last_updated`.
    pub fn last_updated(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_updated = Some(value.into());
        self
    }
    /// Sets `reviewed_by_user`.
    pub fn reviewed_by_user(mut self, value: impl Into<bool>) -> Self {
        self.reviewed_by_user = Some(value.into());
        self
    }
    /// Sets `last_reviewed`.
    pub fn last_reviewed(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_reviewed = Some(Some(value.into()));
        self
    }
    /// Sets `last_reviewed` to an explicit `null`.
    pub fn last_reviewed_null(mut self) -> Self {
        self.last_reviewed = Some(None);
        self
    }
    /// Sets `created_by_user`.
    pub fn created_by_user(mut self, value: impl Into<bool>) -> Self {
        self.created_by_user = Some(value.into());
        self
    }
}
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
