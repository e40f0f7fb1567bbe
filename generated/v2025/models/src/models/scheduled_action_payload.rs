#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledActionPayload {
    /// Type of the scheduled job.
    pub job_type: crate::ScheduledActionPayloadJobType,
    /// The time when this scheduled action should start. Optional.
    pub start_time: Option<crate::primitives::DateTime>,
    /// Cron expression defining the schedule for this action. Optional for repeated events.
    pub cron_string: Option<String>,
    /// Time zone ID for interpreting the cron expression. Optional, will default to current time zone.
    pub time_zone_id: Option<String>,
    pub content: crate::ScheduledActionPayloadContent,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionPayload {
    /// Builds a `ScheduledActionPayload` from its required fields; the others are unset.
    pub fn new(
        job_type: impl Into<crate::ScheduledActionPayloadJobType>,
        content: impl Into<crate::ScheduledActionPayloadContent>,
    ) -> Self {
        Self {
            job_type: job_type.into(),
            start_time: None,
            cron_string: None,
            time_zone_id: None,
            content: content.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ScheduledActionPayload {
    start_time: optional::<crate::primitives::DateTime>(start_time),
    cron_string: optional::<String>(cron_string),
    time_zone_id: optional::<String>(time_zone_id),
});
crate::serde_helpers::serde_struct!(ScheduledActionPayload {
    job_type: required("jobType"),
    start_time: optional("startTime"),
    cron_string: optional("cronString"),
    time_zone_id: optional("timeZoneId"),
    content: required("content"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledActionPayload {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.job_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.content, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledActionPayloadContent {
    /// Name of the scheduled action (maximum 50 characters).
    pub name: String,
    /// Options for BACKUP type jobs. Required for BACKUP jobs.
    pub backup_options: Option<crate::ScheduledActionPayloadContentBackupOptions>,
    /// ID of the source backup. Required for CREATE_DRAFT jobs.
    pub source_backup_id: Option<String>,
    /// Source tenant identifier. Required for CREATE_DRAFT jobs.
    pub source_tenant: Option<String>,
    /// ID of the draft to be deployed. Required for CONFIG_DEPLOY_DRAFT jobs.
    pub draft_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionPayloadContent {
    /// Builds a `ScheduledActionPayloadContent` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            backup_options: None,
            source_backup_id: None,
            source_tenant: None,
            draft_id: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ScheduledActionPayloadContent {
    backup_options: optional::<crate::ScheduledActionPayloadContentBackupOptions>(backup_options),
    source_backup_id: optional::<String>(source_backup_id),
    source_tenant: optional::<String>(source_tenant),
    draft_id: optional::<String>(draft_id),
});
crate::serde_helpers::serde_struct!(ScheduledActionPayloadContent {
    name: required("name"),
    backup_options: optional("backupOptions"),
    source_backup_id: optional("sourceBackupId"),
    source_tenant: optional("sourceTenant"),
    draft_id: optional("draftId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledActionPayloadContent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.backup_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Options for BACKUP type jobs. Required for BACKUP jobs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledActionPayloadContentBackupOptions {
    /// Object types that are to be included in the backup.
    pub include_types: Option<Vec<String>>,
    /// Map of objectType string to the options to be passed to the target service for that objectType.
    pub object_options: Option<
        ::indexmap::IndexMap<
            String,
            crate::ScheduledActionPayloadContentBackupOptionsObjectOptionsValue,
        >,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionPayloadContentBackupOptions {
    /// Builds a `ScheduledActionPayloadContentBackupOptions` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduledActionPayloadContentBackupOptions {
    include_types: optional::<Vec<String>>(include_types),
    object_options: optional::<::indexmap::IndexMap<String, crate::ScheduledActionPayloadContentBackupOptionsObjectOptionsValue>>(object_options),
});
crate::serde_helpers::serde_struct!(ScheduledActionPayloadContentBackupOptions {
    include_types: optional("includeTypes"),
    object_options: optional("objectOptions"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledActionPayloadContentBackupOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    /// Set of names to be included.
    pub included_names: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    /// Builds a `ScheduledActionPayloadContentBackupOptionsObjectOptionsValue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    included_names: optional::<Vec<String>>(included_names),
});
crate::serde_helpers::serde_struct!(ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    included_names: optional("includedNames"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the scheduled job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduledActionPayloadJobType {
    /// `BACKUP`
    Backup,
    /// `CREATE_DRAFT`
    CreateDraft,
    /// `CONFIG_DEPLOY_DRAFT`
    ConfigDeployDraft,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduledActionPayloadJobType {
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
impl From<&str> for ScheduledActionPayloadJobType {
    fn from(value: &str) -> Self {
        match value {
            "BACKUP" => Self::Backup,
            "CREATE_DRAFT" => Self::CreateDraft,
            "CONFIG_DEPLOY_DRAFT" => Self::ConfigDeployDraft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduledActionPayloadJobType);
