/// Self block for imported/exported object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfImportExportDto {
    /// Imported/exported object's DTO type. Import is currently only possible with the CONNECTOR_RULE, IDENTITY_OBJECT_CONFIG, IDENTITY_PROFILE, RULE, SOURCE, TRANSFORM, and TRIGGER_SUBSCRIPTION object types.
    pub r#type: Option<crate::SelfImportExportDtoType>,
    /// Imported/exported object's ID.
    pub id: Option<String>,
    /// Imported/exported object's display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SelfImportExportDto {
    /// Builds a `SelfImportExportDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SelfImportExportDto {
    r#type: optional::<crate::SelfImportExportDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SelfImportExportDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SelfImportExportDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Imported/exported object's DTO type. Import is currently only possible with the CONNECTOR_RULE, IDENTITY_OBJECT_CONFIG, IDENTITY_PROFILE, RULE, SOURCE, TRANSFORM, and TRIGGER_SUBSCRIPTION object types.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SelfImportExportDtoType {
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
impl SelfImportExportDtoType {
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
impl From<&str> for SelfImportExportDtoType {
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
crate::serde_helpers::string_enum!(SelfImportExportDtoType);
