#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleGetAllBulkUpdateResponse {
    /// ID of the task which is executing the bulk update. This also used in to the bulk-update/** API to track status.
    pub id: Option<String>,
    /// Type of the bulk update object.
    pub r#type: Option<String>,
    /// The status of the bulk update request, only list unfinished request's status, the status could also checked by getBulkUpdateStatus API
    pub status: Option<crate::RoleGetAllBulkUpdateResponseStatus>,
    /// Time when the bulk update request was created
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleGetAllBulkUpdateResponse {
    /// Builds a `RoleGetAllBulkUpdateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleGetAllBulkUpdateResponse {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    status: optional::<crate::RoleGetAllBulkUpdateResponseStatus>(status),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(RoleGetAllBulkUpdateResponse {
    id: optional("id"),
    r#type: optional("type"),
    status: optional("status"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleGetAllBulkUpdateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the bulk update request, only list unfinished request's status, the status could also checked by getBulkUpdateStatus API
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleGetAllBulkUpdateResponseStatus {
    /// `CREATED`
    Created,
    /// `PRE_PROCESS`
    PreProcess,
    /// `POST_PROCESS`
    PostProcess,
    /// `CHUNK_PENDING`
    ChunkPending,
    /// `CHUNK_PROCESSING`
    ChunkProcessing,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleGetAllBulkUpdateResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "CREATED",
            Self::PreProcess => "PRE_PROCESS",
            Self::PostProcess => "POST_PROCESS",
            Self::ChunkPending => "CHUNK_PENDING",
            Self::ChunkProcessing => "CHUNK_PROCESSING",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleGetAllBulkUpdateResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => Self::Created,
            "PRE_PROCESS" => Self::PreProcess,
            "POST_PROCESS" => Self::PostProcess,
            "CHUNK_PENDING" => Self::ChunkPending,
            "CHUNK_PROCESSING" => Self::ChunkProcessing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleGetAllBulkUpdateResponseStatus);
