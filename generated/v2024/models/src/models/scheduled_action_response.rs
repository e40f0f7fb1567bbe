#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledActionResponse {
    /// Unique identifier for this scheduled action.
    pub id: Option<String>,
    /// The time when this scheduled action was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Type of the scheduled job.
    pub job_type: Option<crate::ScheduledActionResponseJobType>,
    /// Content details for the scheduled action.
    pub content: Option<crate::ScheduledActionResponseContent>,
    /// The time when this scheduled action should start.
    pub start_time: Option<crate::primitives::DateTime>,
    /// Cron expression defining the schedule for this action.
    pub cron_string: Option<String>,
    /// Time zone ID for interpreting the cron expression.
    pub time_zone_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionResponse {
    /// Builds a `ScheduledActionResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduledActionResponse {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    job_type: optional::<crate::ScheduledActionResponseJobType>(job_type),
    content: optional::<crate::ScheduledActionResponseContent>(content),
    start_time: optional::<crate::primitives::DateTime>(start_time),
    cron_string: optional::<String>(cron_string),
    time_zone_id: optional::<String>(time_zone_id),
});
crate::serde_helpers::serde_struct!(ScheduledActionResponse {
    id: optional("id"),
    created: optional("created"),
    job_type: optional("jobType"),
    content: optional("content"),
    start_time: optional("startTime"),
    cron_string: optional("cronString"),
    time_zone_id: optional("timeZoneId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledActionResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.job_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.content, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Content details for the scheduled action.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledActionResponseContent {
    /// Name of the scheduled action (maximum 50 characters).
    pub name: Option<String>,
    /// Options for BACKUP type jobs. Optional, applicable for BACKUP jobs only.
    pub backup_options: Option<crate::ScheduledActionResponseContentBackupOptions>,
    /// ID of the source backup. Required for CREATE_DRAFT jobs only.
    pub source_backup_id: Option<String>,
    /// Source tenant identifier. Required for CREATE_DRAFT jobs only.
    pub source_tenant: Option<String>,
    /// ID of the draft to be deployed. Required for CONFIG_DEPLOY_DRAFT jobs only.
    pub draft_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionResponseContent {
    /// Builds a `ScheduledActionResponseContent` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduledActionResponseContent {
    name: optional::<String>(name),
    backup_options: optional::<crate::ScheduledActionResponseContentBackupOptions>(backup_options),
    source_backup_id: optional::<String>(source_backup_id),
    source_tenant: optional::<String>(source_tenant),
    draft_id: optional::<String>(draft_id),
});
crate::serde_helpers::serde_struct!(ScheduledActionResponseContent {
    name: optional("name"),
    backup_options: optional("backupOptions"),
    source_backup_id: optional("sourceBackupId"),
    source_tenant: optional("sourceTenant"),
    draft_id: optional("draftId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledActionResponseContent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.backup_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Options for BACKUP type jobs. Optional, applicable for BACKUP jobs only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledActionResponseContentBackupOptions {
    /// Object types that are to be included in the backup.
    pub include_types: Option<Vec<String>>,
    /// Map of objectType string to the options to be passed to the target service for that objectType.
    pub object_options: Option<
        ::indexmap::IndexMap<
            String,
            crate::ScheduledActionResponseContentBackupOptionsObjectOptionsValue,
        >,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionResponseContentBackupOptions {
    /// Builds a `ScheduledActionResponseContentBackupOptions` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduledActionResponseContentBackupOptions {
    include_types: optional::<Vec<String>>(include_types),
    object_options: optional::<::indexmap::IndexMap<String, crate::ScheduledActionResponseContentBackupOptionsObjectOptionsValue>>(object_options),
});
crate::serde_helpers::serde_struct!(ScheduledActionResponseContentBackupOptions {
    include_types: optional("includeTypes"),
    object_options: optional("objectOptions"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledActionResponseContentBackupOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledActionResponseContentBackupOptionsObjectOptionsValue {
    /// Set of names to be included.
    pub included_names: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionResponseContentBackupOptionsObjectOptionsValue {
    /// Builds a `ScheduledActionResponseContentBackupOptionsObjectOptionsValue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduledActionResponseContentBackupOptionsObjectOptionsValue {
    included_names: optional::<Vec<String>>(included_names),
});
crate::serde_helpers::serde_struct!(ScheduledActionResponseContentBackupOptionsObjectOptionsValue {
    included_names: optional("includedNames"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ScheduledActionResponseContentBackupOptionsObjectOptionsValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the scheduled job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduledActionResponseJobType {
    /// `BACKUP`
    Backup,
    /// `CREATE_DRAFT`
    CreateDraft,
    /// `CONFIG_DEPLOY_DRAFT`
    ConfigDeployDraft,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduledActionResponseJobType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Backup => "BACKUP",
            Self::CreateDraft => "CREATE_DRAFT",
            Self::ConfigDeployDraft => "CONFIG_DEPLOY_DRAFT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduledActionResponseJobType {
    fn from(value: &str) -> Self {
        match value {
            "BACKUP" => Self::Backup,
            "CREATE_DRAFT" => Self::CreateDraft,
            "CONFIG_DEPLOY_DRAFT" => Self::ConfigDeployDraft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduledActionResponseJobType);
