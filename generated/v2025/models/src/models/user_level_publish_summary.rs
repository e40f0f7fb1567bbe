/// It represents a summary of a user level publish operation, including its metadata and status.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLevelPublishSummary {
    /// The unique identifier of the UserLevel.
    #[serde(rename = "userLevelId", default, skip_serializing_if = "Option::is_none")]
    pub user_level_id: Option<String>,
    /// Indicates whether the API call triggered a publish operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish: Option<bool>,
    /// The status of the UserLevel publish operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The last modification timestamp of the UserLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserLevelPublishSummary {
    /// Builds a `UserLevelPublishSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for UserLevelPublishSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
