/// Identity profile exported object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityProfileExportedObject {
    /// Version or object from the target service.
    pub version: Option<i32>,
    /// Self block for exported object.
    pub self_: Option<crate::IdentityProfileExportedObjectSelf>,
    pub object: Option<crate::IdentityProfile>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfileExportedObject {
    /// Builds a `IdentityProfileExportedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityProfileExportedObject {
    version: optional::<i32>(version),
    self_: optional::<crate::IdentityProfileExportedObjectSelf>(self_),
    object: optional::<crate::IdentityProfile>(object),
});
crate::serde_helpers::serde_struct!(IdentityProfileExportedObject {
    version: optional("version"),
    self_: optional("self"),
    object: optional("object"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityProfileExportedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.self_, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Self block for exported object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityProfileExportedObjectSelf {
    /// Exported object's DTO type.
    pub r#type: Option<crate::IdentityProfileExportedObjectSelfType>,
    /// Exported object's ID.
    pub id: Option<String>,
    /// Exported object's display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfileExportedObjectSelf {
    /// Builds a `IdentityProfileExportedObjectSelf` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityProfileExportedObjectSelf {
    r#type: optional::<crate::IdentityProfileExportedObjectSelfType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(IdentityProfileExportedObjectSelf {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityProfileExportedObjectSelf {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Exported object's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityProfileExportedObjectSelfType {
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
impl IdentityProfileExportedObjectSelfType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::AccessRequestConfig => "ACCESS_REQUEST_CONFIG",
            Self::AttrSyncSourceConfig => "ATTR_SYNC_SOURCE_CONFIG",
            Self::AuthOrg => "AUTH_ORG",
            Self::CampaignFilter => "CAMPAIGN_FILTER",
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
impl From<&str> for IdentityProfileExportedObjectSelfType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => Self::AccessRequestConfig,
            "ATTR_SYNC_SOURCE_CONFIG" => Self::AttrSyncSourceConfig,
            "AUTH_ORG" => Self::AuthOrg,
            "CAMPAIGN_FILTER" => Self::CampaignFilter,
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
crate::serde_helpers::string_enum!(IdentityProfileExportedObjectSelfType);
