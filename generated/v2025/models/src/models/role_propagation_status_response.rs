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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationStatusResponse {
    /// Builds a `RolePropagationStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationStatusResponse {
    id: optional::<String>(id),
    status: optional::<crate::RolePropagationStatusResponseStatus>(status),
    execution_stage: optional::<crate::RolePropagationStatusResponseExecutionStage>(execution_stage),
    launched: optional::<crate::primitives::DateTime>(launched),
    launched_by: optional::<crate::RolePropagationStatusResponseLaunchedBy>(launched_by),
    terminated_by: optional::<crate::RolePropagationStatusResponseTerminatedBy>(terminated_by),
    completed: optional::<crate::primitives::DateTime>(completed),
    failure_reason: optional::<String>(failure_reason),
    skip_role_refresh: optional::<bool>(skip_role_refresh),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationStatusResponseLaunchedBy {
    /// Builds a `RolePropagationStatusResponseLaunchedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationStatusResponseLaunchedBy {
    r#type: optional::<crate::RolePropagationStatusResponseLaunchedByType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationStatusResponseTerminatedBy {
    /// Builds a `RolePropagationStatusResponseTerminatedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationStatusResponseTerminatedBy {
    r#type: optional::<crate::RolePropagationStatusResponseTerminatedByType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
