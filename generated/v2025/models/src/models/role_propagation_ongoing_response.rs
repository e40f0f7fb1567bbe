/// Running Role Propagation Response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationOngoingResponse {
    /// Indicates if the role propagation process is currently running on the tenant
    pub is_running: Option<bool>,
    /// Details of the ongoing role propagation process
    pub role_propagation_details: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetails,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationOngoingResponse {
    /// Builds a `RolePropagationOngoingResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationOngoingResponse {
    is_running: optional::<bool>(is_running),
    role_propagation_details: optional::<crate::RolePropagationOngoingResponseRolePropagationDetails>(role_propagation_details),
});
crate::serde_helpers::serde_struct!(RolePropagationOngoingResponse {
    is_running: optional("isRunning"),
    role_propagation_details: optional("rolePropagationDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RolePropagationOngoingResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role_propagation_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details of the ongoing role propagation process
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationOngoingResponseRolePropagationDetails {
    /// Id of the Role Propagation process triggered.
    pub id: Option<String>,
    /// Status of the Role Propagation process.
    pub status: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetailsStatus,
    >,
    /// Current execution stage of the Role Propagation process.
    pub execution_stage: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetailsExecutionStage,
    >,
    /// Time when the Role Propagation process was launched.
    pub launched: Option<crate::primitives::DateTime>,
    /// Identity who launched the Role Propagation process.
    pub launched_by: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy,
    >,
    /// Identity who terminated the Role Propagation process.
    pub terminated_by: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy,
    >,
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
impl RolePropagationOngoingResponseRolePropagationDetails {
    /// Builds a `RolePropagationOngoingResponseRolePropagationDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationOngoingResponseRolePropagationDetails {
    id: optional::<String>(id),
    status: optional::<crate::RolePropagationOngoingResponseRolePropagationDetailsStatus>(status),
    execution_stage: optional::<crate::RolePropagationOngoingResponseRolePropagationDetailsExecutionStage>(execution_stage),
    launched: optional::<crate::primitives::DateTime>(launched),
    launched_by: optional::<crate::RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy>(launched_by),
    terminated_by: optional::<crate::RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy>(terminated_by),
    completed: optional::<crate::primitives::DateTime>(completed),
    failure_reason: optional::<String>(failure_reason),
    skip_role_refresh: optional::<bool>(skip_role_refresh),
});
crate::serde_helpers::serde_struct!(RolePropagationOngoingResponseRolePropagationDetails {
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
impl crate::serde_helpers::SchemaFit
for RolePropagationOngoingResponseRolePropagationDetails {
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
pub enum RolePropagationOngoingResponseRolePropagationDetailsExecutionStage {
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
impl RolePropagationOngoingResponseRolePropagationDetailsExecutionStage {
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
impl From<&str> for RolePropagationOngoingResponseRolePropagationDetailsExecutionStage {
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
crate::serde_helpers::string_enum!(
    RolePropagationOngoingResponseRolePropagationDetailsExecutionStage
);
/// Identity who launched the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy {
    /// DTO type of the identity who launched the Role Propagation process.
    pub r#type: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType,
    >,
    /// ID of the identity who launched the Role Propagation process.
    pub id: Option<String>,
    /// Name of the identity who launched the Role Propagation process.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy {
    /// Builds a `RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy {
    r#type: optional::<crate::RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of the identity who launched the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType
);
/// Status of the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RolePropagationOngoingResponseRolePropagationDetailsStatus {
    /// `RUNNING`
    Running,
    /// `COMPLETED`
    Completed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RolePropagationOngoingResponseRolePropagationDetailsStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "RUNNING",
            Self::Completed => "COMPLETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RolePropagationOngoingResponseRolePropagationDetailsStatus {
    fn from(value: &str) -> Self {
        match value {
            "RUNNING" => Self::Running,
            "COMPLETED" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    RolePropagationOngoingResponseRolePropagationDetailsStatus
);
/// Identity who terminated the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy {
    /// DTO type of the Identity who terminated the Role Propagation process.
    pub r#type: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType,
    >,
    /// ID of the Identity who terminated the Role Propagation process.
    pub id: Option<String>,
    /// Name of the Identity who terminated the Role Propagation process.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy {
    /// Builds a `RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy {
    r#type: optional::<crate::RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of the Identity who terminated the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str>
for RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType
);
