#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportOptionsBeta {
    /// Object type names to be excluded from an sp-config export command.
    pub exclude_types: Option<Vec<crate::ExportOptionsBetaExcludeTypesItem>>,
    /// Object type names to be included in an sp-config export command. IncludeTypes takes precedence over excludeTypes.
    pub include_types: Option<Vec<crate::ExportOptionsBetaIncludeTypesItem>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field
    pub object_options: Option<
        ::indexmap::IndexMap<String, crate::ObjectExportImportOptionsBeta>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExportOptionsBeta {
    /// Builds a `ExportOptionsBeta` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExportOptionsBeta {
    exclude_types: optional::<Vec<crate::ExportOptionsBetaExcludeTypesItem>>(exclude_types),
    include_types: optional::<Vec<crate::ExportOptionsBetaIncludeTypesItem>>(include_types),
    object_options: optional::<::indexmap::IndexMap<String, crate::ObjectExportImportOptionsBeta>>(object_options),
});
crate::serde_helpers::serde_struct!(ExportOptionsBeta {
    exclude_types: optional("excludeTypes"),
    include_types: optional("includeTypes"),
    object_options: optional("objectOptions"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExportOptionsBeta {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.exclude_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.include_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExportOptionsBetaExcludeTypesItem {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ACCESS_REQUEST_CONFIG`
    AccessRequestConfig,
    /// `ATTR_SYNC_SOURCE_CONFIG`
    AttrSyncSourceConfig,
    /// `AUTH_ORG`
    AuthOrg,
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `FORM_DEFINITION`
    FormDefinition,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `NOTIFICATION_TEMPLATE`
    NotificationTemplate,
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// `PASSWORD_SYNC_GROUP`
    PasswordSyncGroup,
    /// `PUBLIC_IDENTITIES_CONFIG`
    PublicIdentitiesConfig,
    /// `ROLE`
    Role,
    /// `RULE`
    Rule,
    /// `SEGMENT`
    Segment,
    /// `SERVICE_DESK_INTEGRATION`
    ServiceDeskIntegration,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// `TAG`
    Tag,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// `WORKFLOW`
    Workflow,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ExportOptionsBetaExcludeTypesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::AccessRequestConfig => "ACCESS_REQUEST_CONFIG",
            Self::AttrSyncSourceConfig => "ATTR_SYNC_SOURCE_CONFIG",
            Self::AuthOrg => "AUTH_ORG",
            Self::CampaignFilter => "CAMPAIGN_FILTER",
            Self::ConnectorRule => "CONNECTOR_RULE",
            Self::FormDefinition => "FORM_DEFINITION",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            Self::IdentityProfile => "IDENTITY_PROFILE",
            Self::LifecycleState => "LIFECYCLE_STATE",
            Self::NotificationTemplate => "NOTIFICATION_TEMPLATE",
            Self::PasswordPolicy => "PASSWORD_POLICY",
            Self::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            Self::PublicIdentitiesConfig => "PUBLIC_IDENTITIES_CONFIG",
            Self::Role => "ROLE",
            Self::Rule => "RULE",
            Self::Segment => "SEGMENT",
            Self::ServiceDeskIntegration => "SERVICE_DESK_INTEGRATION",
            Self::SodPolicy => "SOD_POLICY",
            Self::Source => "SOURCE",
            Self::Tag => "TAG",
            Self::Transform => "TRANSFORM",
            Self::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            Self::Workflow => "WORKFLOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExportOptionsBetaExcludeTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => Self::AccessRequestConfig,
            "ATTR_SYNC_SOURCE_CONFIG" => Self::AttrSyncSourceConfig,
            "AUTH_ORG" => Self::AuthOrg,
            "CAMPAIGN_FILTER" => Self::CampaignFilter,
            "CONNECTOR_RULE" => Self::ConnectorRule,
            "FORM_DEFINITION" => Self::FormDefinition,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => Self::IdentityObjectConfig,
            "IDENTITY_PROFILE" => Self::IdentityProfile,
            "LIFECYCLE_STATE" => Self::LifecycleState,
            "NOTIFICATION_TEMPLATE" => Self::NotificationTemplate,
            "PASSWORD_POLICY" => Self::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => Self::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => Self::PublicIdentitiesConfig,
            "ROLE" => Self::Role,
            "RULE" => Self::Rule,
            "SEGMENT" => Self::Segment,
            "SERVICE_DESK_INTEGRATION" => Self::ServiceDeskIntegration,
            "SOD_POLICY" => Self::SodPolicy,
            "SOURCE" => Self::Source,
            "TAG" => Self::Tag,
            "TRANSFORM" => Self::Transform,
            "TRIGGER_SUBSCRIPTION" => Self::TriggerSubscription,
            "WORKFLOW" => Self::Workflow,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ExportOptionsBetaExcludeTypesItem);
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExportOptionsBetaIncludeTypesItem {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ACCESS_REQUEST_CONFIG`
    AccessRequestConfig,
    /// `ATTR_SYNC_SOURCE_CONFIG`
    AttrSyncSourceConfig,
    /// `AUTH_ORG`
    AuthOrg,
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `FORM_DEFINITION`
    FormDefinition,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `NOTIFICATION_TEMPLATE`
    NotificationTemplate,
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// `PASSWORD_SYNC_GROUP`
    PasswordSyncGroup,
    /// `PUBLIC_IDENTITIES_CONFIG`
    PublicIdentitiesConfig,
    /// `ROLE`
    Role,
    /// `RULE`
    Rule,
    /// `SEGMENT`
    Segment,
    /// `SERVICE_DESK_INTEGRATION`
    ServiceDeskIntegration,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// `TAG`
    Tag,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// `WORKFLOW`
    Workflow,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ExportOptionsBetaIncludeTypesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::AccessRequestConfig => "ACCESS_REQUEST_CONFIG",
            Self::AttrSyncSourceConfig => "ATTR_SYNC_SOURCE_CONFIG",
            Self::AuthOrg => "AUTH_ORG",
            Self::CampaignFilter => "CAMPAIGN_FILTER",
            Self::ConnectorRule => "CONNECTOR_RULE",
            Self::FormDefinition => "FORM_DEFINITION",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            Self::IdentityProfile => "IDENTITY_PROFILE",
            Self::LifecycleState => "LIFECYCLE_STATE",
            Self::NotificationTemplate => "NOTIFICATION_TEMPLATE",
            Self::PasswordPolicy => "PASSWORD_POLICY",
            Self::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            Self::PublicIdentitiesConfig => "PUBLIC_IDENTITIES_CONFIG",
            Self::Role => "ROLE",
            Self::Rule => "RULE",
            Self::Segment => "SEGMENT",
            Self::ServiceDeskIntegration => "SERVICE_DESK_INTEGRATION",
            Self::SodPolicy => "SOD_POLICY",
            Self::Source => "SOURCE",
            Self::Tag => "TAG",
            Self::Transform => "TRANSFORM",
            Self::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            Self::Workflow => "WORKFLOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExportOptionsBetaIncludeTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => Self::AccessRequestConfig,
            "ATTR_SYNC_SOURCE_CONFIG" => Self::AttrSyncSourceConfig,
            "AUTH_ORG" => Self::AuthOrg,
            "CAMPAIGN_FILTER" => Self::CampaignFilter,
            "CONNECTOR_RULE" => Self::ConnectorRule,
            "FORM_DEFINITION" => Self::FormDefinition,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => Self::IdentityObjectConfig,
            "IDENTITY_PROFILE" => Self::IdentityProfile,
            "LIFECYCLE_STATE" => Self::LifecycleState,
            "NOTIFICATION_TEMPLATE" => Self::NotificationTemplate,
            "PASSWORD_POLICY" => Self::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => Self::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => Self::PublicIdentitiesConfig,
            "ROLE" => Self::Role,
            "RULE" => Self::Rule,
            "SEGMENT" => Self::Segment,
            "SERVICE_DESK_INTEGRATION" => Self::ServiceDeskIntegration,
            "SOD_POLICY" => Self::SodPolicy,
            "SOURCE" => Self::Source,
            "TAG" => Self::Tag,
            "TRANSFORM" => Self::Transform,
            "TRIGGER_SUBSCRIPTION" => Self::TriggerSubscription,
            "WORKFLOW" => Self::Workflow,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ExportOptionsBetaIncludeTypesItem);
