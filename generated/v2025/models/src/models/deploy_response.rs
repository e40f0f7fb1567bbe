#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeployResponse {
    /// Unique id assigned to this job.
    #[serde(rename = "jobId", default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Status of the job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::DeployResponseStatus>,
    /// Type of the job, will always be CONFIG_DEPLOY_DRAFT for this type of job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::DeployResponseType>,
    /// Message providing information about the outcome of the deploy process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The name of the user that initiated the deploy process.
    #[serde(rename = "requesterName", default, skip_serializing_if = "Option::is_none")]
    pub requester_name: Option<String>,
    /// Whether or not a results file was created and stored for this deploy.
    #[serde(rename = "fileExists", default, skip_serializing_if = "Option::is_none")]
    pub file_exists: Option<bool>,
    /// The time the job was started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// The time of the last update to the job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// The time the job was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<crate::primitives::DateTime>,
    /// The id of the draft that was used for this deploy.
    #[serde(rename = "draftId", default, skip_serializing_if = "Option::is_none")]
    pub draft_id: Option<String>,
    /// The name of the draft that was used for this deploy.
    #[serde(rename = "draftName", default, skip_serializing_if = "Option::is_none")]
    pub draft_name: Option<String>,
    /// Whether this deploy results file has been transferred to a customer storage location.
    #[serde(
        rename = "cloudStorageStatus",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub cloud_storage_status: Option<crate::DeployResponseCloudStorageStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DeployResponse {
    /// Builds a `DeployResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            job_id: None,
            status: None,
            r#type: None,
            message: None,
            requester_name: None,
            file_exists: None,
            created: None,
            modified: None,
            completed: None,
            draft_id: None,
            draft_name: None,
            cloud_storage_status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for DeployResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cloud_storage_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
