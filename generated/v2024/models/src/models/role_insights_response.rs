#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsightsResponse {
    /// Request Id for a role insight generation request
    pub id: Option<String>,
    /// The date-time role insights request was created.
    pub created_date: Option<crate::primitives::DateTime>,
    /// The date-time role insights request was completed.
    pub last_generated: Option<crate::primitives::DateTime>,
    /// Total number of updates for this request. Starts with 0 and will have correct number when request is COMPLETED.
    pub number_of_updates: Option<i64>,
    /// The role IDs that are in this request.
    pub role_ids: Option<Vec<String>>,
    /// Request status
    pub status: Option<crate::RoleInsightsResponseStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsightsResponse {
    /// Builds a `RoleInsightsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsightsResponse {
    id: optional::<String>(id),
    created_date: optional::<crate::primitives::DateTime>(created_date),
    last_generated: optional::<crate::primitives::DateTime>(last_generated),
    number_of_updates: optional::<i64>(number_of_updates),
    role_ids: optional::<Vec<String>>(role_ids),
    status: optional::<crate::RoleInsightsResponseStatus>(status),
});
crate::serde_helpers::serde_struct!(RoleInsightsResponse {
    id: optional("id"),
    created_date: optional("createdDate"),
    last_generated: optional("lastGenerated"),
    number_of_updates: optional("numberOfUpdates"),
    role_ids: optional("roleIds"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsightsResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Request status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleInsightsResponseStatus {
    /// `CREATED`
    Created,
    /// `IN PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleInsightsResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "CREATED",
            Self::InProgress => "IN PROGRESS",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleInsightsResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => Self::Created,
            "IN PROGRESS" => Self::InProgress,
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleInsightsResponseStatus);
