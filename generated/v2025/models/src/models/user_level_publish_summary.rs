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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserLevelPublishSummary {
    /// Builds a `UserLevelPublishSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UserLevelPublishSummary {
    user_level_id: optional::<String>(user_level_id),
    publish: optional::<bool>(publish),
    status: optional::<String>(status),
    modified: optional::<crate::primitives::DateTime>(modified),
});
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
