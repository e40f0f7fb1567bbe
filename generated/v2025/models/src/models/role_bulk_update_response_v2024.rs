#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleBulkUpdateResponseV2024 {
    /// ID of the task which is executing the bulk update. This also used in to the bulk-update/** API to track status.
    pub id: Option<String>,
    /// Type of the bulk update object.
    pub r#type: Option<String>,
    /// The status of the bulk update request, could also checked by getBulkUpdateStatus API
    pub status: Option<crate::RoleBulkUpdateResponseV2024Status>,
    /// Time when the bulk update request was created
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleBulkUpdateResponseV2024 {
    /// Builds a `RoleBulkUpdateResponseV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleBulkUpdateResponseV2024 {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    status: optional::<crate::RoleBulkUpdateResponseV2024Status>(status),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(RoleBulkUpdateResponseV2024 {
    id: optional("id"),
    r#type: optional("type"),
    status: optional("status"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleBulkUpdateResponseV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the bulk update request, could also checked by getBulkUpdateStatus API
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleBulkUpdateResponseV2024Status {
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
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleBulkUpdateResponseV2024Status {
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
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleBulkUpdateResponseV2024Status {
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => Self::Created,
            "PRE_PROCESS" => Self::PreProcess,
            "PRE_PROCESS_COMPLETED" => Self::PreProcessCompleted,
            "POST_PROCESS" => Self::PostProcess,
            "COMPLETED" => Self::Completed,
            "CHUNK_PENDING" => Self::ChunkPending,
            "CHUNK_PROCESSING" => Self::ChunkProcessing,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleBulkUpdateResponseV2024Status);
