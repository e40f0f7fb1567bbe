#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessModelMetadataBulkUpdateResponse {
    /// ID of the task which is executing the bulk update.
    pub id: Option<String>,
    /// Type of the bulk update object.
    pub r#type: Option<String>,
    /// The status of the bulk update request, only list unfinished request's status.
    pub status: Option<crate::AccessModelMetadataBulkUpdateResponseStatus>,
    /// Time when the bulk update request was created
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessModelMetadataBulkUpdateResponse {
    /// Builds a `AccessModelMetadataBulkUpdateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessModelMetadataBulkUpdateResponse {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    status: optional::<crate::AccessModelMetadataBulkUpdateResponseStatus>(status),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(AccessModelMetadataBulkUpdateResponse {
    id: optional("id"),
    r#type: optional("type"),
    status: optional("status"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessModelMetadataBulkUpdateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the bulk update request, only list unfinished request's status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessModelMetadataBulkUpdateResponseStatus {
    /// `CREATED`
    Created,
    /// `PRE_PROCESS`
    PreProcess,
    /// `PRE_PROCESS_COMPLETED`
    PreProcessCompleted,
    /// `POST_PROCESS`
    PostProcess,
    /// `COMPLETED`
    Completed,
    /// `CHUNK_PENDING`
    ChunkPending,
    /// `CHUNK_PROCESSING`
    ChunkProcessing,
    /// `RE_PROCESSING`
    ReProcessing,
    /// `PRE_PROCESS_FAILED`
    PreProcessFailed,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessModelMetadataBulkUpdateResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "CREATED",
            Self::PreProcess => "PRE_PROCESS",
            Self::PreProcessCompleted => "PRE_PROCESS_COMPLETED",
            Self::PostProcess => "POST_PROCESS",
            Self::Completed => "COMPLETED",
            Self::ChunkPending => "CHUNK_PENDING",
            Self::ChunkProcessing => "CHUNK_PROCESSING",
            Self::ReProcessing => "RE_PROCESSING",
            Self::PreProcessFailed => "PRE_PROCESS_FAILED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessModelMetadataBulkUpdateResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => Self::Created,
            "PRE_PROCESS" => Self::PreProcess,
            "PRE_PROCESS_COMPLETED" => Self::PreProcessCompleted,
            "POST_PROCESS" => Self::PostProcess,
            "COMPLETED" => Self::Completed,
            "CHUNK_PENDING" => Self::ChunkPending,
            "CHUNK_PROCESSING" => Self::ChunkProcessing,
            "RE_PROCESSING" => Self::ReProcessing,
            "PRE_PROCESS_FAILED" => Self::PreProcessFailed,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessModelMetadataBulkUpdateResponseStatus);
