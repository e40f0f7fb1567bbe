#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificationTask {
    /// The ID of the certification task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the certification task. More values may be added in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::CertificationTaskType>,
    /// The type of item that is being operated on by this task whose ID is stored in the targetId field.
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<crate::CertificationTaskTargetType>,
    /// The ID of the item being operated on by this task.
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// The status of the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::CertificationTaskStatus>,
    /// A list of errors that have been encountered by the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<crate::ErrorMessageDto>>,
    /// Reassignment trails that lead to self certification identity
    #[serde(
        rename = "reassignmentTrailDTOs",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub reassignment_trail_dt_os: Option<Vec<crate::ReassignmentTrailDto>>,
    /// The date and time on which this task was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CertificationTask {
    /// Builds a `CertificationTask` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            target_type: None,
            target_id: None,
            status: None,
            errors: None,
            reassignment_trail_dt_os: None,
            created: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CertificationTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment_trail_dt_os, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
