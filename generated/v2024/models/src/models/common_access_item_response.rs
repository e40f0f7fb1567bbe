#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CommonAccessItemResponse {
    /// Common Access Item ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<crate::CommonAccessItemAccess>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::CommonAccessItemState>,
    #[serde(rename = "lastUpdated", default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<String>,
    #[serde(rename = "reviewedByUser", default, skip_serializing_if = "Option::is_none")]
    pub reviewed_by_user: Option<bool>,
    #[serde(rename = "lastReviewed", default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<String>,
    #[serde(rename = "createdByUser", default, skip_serializing_if = "Option::is_none")]
    pub created_by_user: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for CommonAccessItemResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
