/// Role Propagation Status Response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationStatusResponse {
    /// Id of the Role Propagation process triggered.
    pub id: Option<String>,
    /// Status of the Role Propagation process.
    pub status: Option<crate::RolePropagationStatusResponseStatus>,
    /// Current execution stage of the Role Propagation process.
    pub execution_stage: Option<crate::RolePropagationStatusResponseExecutionStage>,
    /// Time when the Role Propagation process was launched.
    pub launched: Option<crate::primitives::DateTime>,
    /// Identity who launched the Role Propagation process.
    pub launched_by: Option<crate::RolePropagationStatusResponseLaunchedBy>,
    /// Identity who terminated the Role Propagation process.
    pub terminated_by: Option<crate::RolePropagationStatusResponseTerminatedBy>,
    /// Time when the Role Propagation process was completed.
    pub completed: Option<crate::primitives::DateTime>,
    /// Reason for failure if the Role Propagation process failed.
    pub failure_reason: Option<String>,
    /// Indicates if the role refresh was skipped during the Role Propagation process.
    pub skip_role_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RolePropagationStatusResponse {
    /// Builds a `RolePropagationStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<crate::RolePropagationStatusResponseStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `execution_stage`.
    pub fn execution_stage(
        mut self,
        value: impl Into<crate::RolePropagationStatusResponseExecutionStage>,
    ) -> Self {
        self.execution_stage = Some(value.into());
        self
    }
    /// Sets `launched`.
    pub fn launched(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.launched = Some(value.into());
        self
    }
    /// Sets `launched_by`.
    pub fn launched_by(
        mut self,
        value: impl Into<crate::RolePropagationStatusResponseLaunchedBy>,
    ) -> Self {
        self.launched_by = Some(value.into());
        self
    }
    /// Sets `terminated_by`.
    pub fn terminated_by(
        mut self,
        value: impl Into<crate::RolePropagationStatusResponseTerminatedBy>,
    ) -> Self {
        self.terminated_by = Some(value.into());
        self
    }
    /// Sets `completed`.
    pub fn completed(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.completed = Some(value.into());
        self
    }
    /// Sets `failure_reason`.
    pub fn failure_reason(mut self, value: impl Into<String>) -> Self {
        self.failure_reason = Some(value.into());
        self
    }
    /// Sets `skip_role_refresh`.
    pub fn skip_role_refresh(mut self, value: impl Into<bool>) -> Self {
        self.skip_role_refresh = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RolePropagationStatusResponse {
    id: optional("id"),
    status: optional("status"),
    execution_stage: optional("executionStage"),
    launched: optional("launched"),
    launched_by: optional("launchedBy"),
    terminated_by: optional("terminatedBy"),
    completed: optional("completed"),
    failure_reason: optional("failureReason"),
    skip_role_refresh: optional("skipRoleRefresh"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RolePropagationStatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.execution_stage, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.launched_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.terminated_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Current execution stage of the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RolePropagationStatusResponseExecutionStage {
    /// `PENDING`
    Pending,
    /// `DATA_AGGREGATION_RUNNING`
    DataAggregationRunning,
    /// `LAUNCH_PROVISIONING`
    LaunchProvisioning,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `TERMINATED`
    Terminated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RolePropagationStatusResponseExecutionStage {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::DataAggregationRunning => "DATA_AGGREGATION_RUNNING",
            Self::LaunchProvisioning => "LAUNCH_PROVISIONING",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::Terminated => "TERMINATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RolePropagationStatusResponseExecutionStage {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "DATA_AGGREGATION_RUNNING" => Self::DataAggregationRunning,
            "LAUNCH_PROVISIONING" => Self::LaunchProvisioning,
            "SUCCEEDED" => Self::Succeeded,
            "FAILED" => Self::Failed,
            "TERMINATED" => Self::Terminated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RolePropagationStatusResponseExecutionStage);
/// Identity who launched the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationStatusResponseLaunchedBy {
    /// DTO type of the identity who launched the Role Propagation process.
    pub r#type: Option<crate::RolePropagationStatusResponseLaunchedByType>,
    /// ID of the identity who launched the Role Propagation process.
    pub id: Option<String>,
    /// Name of the identity who launched the Role Propagation process.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RolePropagationStatusResponseLaunchedBy {
    /// Builds a `RolePropagationStatusResponseLaunchedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::RolePropagationStatusResponseLaunchedByType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RolePropagationStatusResponseLaunchedBy {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RolePropagationStatusResponseLaunchedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of the identity who launched the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RolePropagationStatusResponseLaunchedByType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RolePropagationStatusResponseLaunchedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RolePropagationStatusResponseLaunchedByType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RolePropagationStatusResponseLaunchedByType);
/// Status of the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RolePropagationStatusResponseStatus {
    /// `RUNNING`
    Running,
    /// `COMPLETED`
    Completed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RolePropagationStatusResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "RUNNING",
            Self::Completed => "COMPLETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RolePropagationStatusResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "RUNNING" => Self::Running,
            "COMPLETED" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RolePropagationStatusResponseStatus);
/// Identity who terminated the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationStatusResponseTerminatedBy {
    /// DTO type of the Identity who terminated the Role Propagation process.
    pub r#type: Option<crate::RolePropagationStatusResponseTerminatedByType>,
    /// ID of the Identity who terminated the Role Propagation process.
    pub id: Option<String>,
    /// Name of the Identity who terminated the Role Propagation process.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RolePropagationStatusResponseTerminatedBy {
    /// Builds a `RolePropagationStatusResponseTerminatedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::RolePropagationStatusResponseTerminatedByType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RolePropagationStatusResponseTerminatedBy {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RolePropagationStatusResponseTerminatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of the Identity who terminated the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RolePropagationStatusResponseTerminatedByType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RolePropagationStatusResponseTerminatedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RolePropagationStatusResponseTerminatedByType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RolePropagationStatusResponseTerminatedByType);
