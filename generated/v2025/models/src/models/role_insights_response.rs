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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleInsightsResponse {
    /// Builds a `RoleInsightsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `created_date`.
    pub fn created_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets `last_generated`.
    pub fn last_generated(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_generated = Some(value.into());
        self
    }
    /// Sets `number_of_updates`.
    pub fn number_of_updates(mut self, value: impl Into<i64>) -> Self {
        self.number_of_updates = Some(value.into());
        self
    }
    /// Sets `role_ids`.
    pub fn role_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.role_ids = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<crate::RoleInsightsResponseStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
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
