/// It represents a summary of a user level publish operation, including its metadata and status.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserLevelPublishSummary {
    /// The unique identifier of the UserLevel.
    pub user_level_id: Option<String>,
    /// Indicates whether the API call triggered a publish operation.
    pub publish: Option<bool>,
    /// The status of the UserLevel publish operation.
    pub status: Option<String>,
    /// The last modification timestamp of the UserLevel.
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserLevelPublishSummary {
    /// Builds a `UserLevelPublishSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `user_level_id`.
    pub fn user_level_id(mut self, value: impl Into<String>) -> Self {
        self.user_level_id = Some(value.into());
        self
    }
    /// Sets `publish`.
    pub fn publish(mut self, value: impl Into<bool>) -> Self {
        self.publish = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(UserLevelPublishSummary {
    user_level_id: optional("userLevelId"),
    publish: optional("publish"),
    status: optional("status"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserLevelPublishSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
