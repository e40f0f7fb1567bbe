#[derive(Debug, Clone, PartialEq)]
pub struct ObjectMappingRequest {
    /// Type of the object the mapping value applies to, must be one from enum
    pub object_type: crate::ObjectMappingRequestObjectType,
    /// JSONPath expression denoting the path within the object where the mapping value should be applied
    pub json_path: String,
    /// Original value at the jsonPath location within the object
    pub source_value: String,
    /// Value to be assigned at the jsonPath location within the object
    pub target_value: String,
    /// Whether or not this object mapping is enabled
    pub enabled: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ObjectMappingRequest {
    /// Builds a `ObjectMappingRequest` from its required fields; the others are unset.
    pub fn new(
        object_type: impl Into<crate::ObjectMappingRequestObjectType>,
        json_path: impl Into<String>,
        source_value: impl Into<String>,
        target_value: impl Into<String>,
    ) -> Self {
        Self {
            object_type: object_type.into(),
            json_path: json_path.into(),
            source_value: source_value.into(),
            target_value: target_value.into(),
            enabled: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ObjectMappingRequest {
    enabled: optional::<bool>(enabled),
});
crate::serde_helpers::serde_struct!(ObjectMappingRequest {
    object_type: required("objectType"),
    json_path: required("jsonPath"),
    source_value: required("sourceValue"),
    target_value: required("targetValue"),
    enabled: optional("enabled"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ObjectMappingRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the object the mapping value applies to, must be one from enum
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ObjectMappingRequestObjectType {
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
    /// `ENTITLEMENT`
    Entitlement,
    /// `FORM_DEFINITION`
    FormDefinition,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
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
impl ObjectMappingRequestObjectType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::AccessRequestConfig => "ACCESS_REQUEST_CONFIG",
            Self::AttrSyncSourceConfig => "ATTR_SYNC_SOURCE_CONFIG",
            Self::AuthOrg => "AUTH_ORG",
            Self::CampaignFilter => "CAMPAIGN_FILTER",
            Self::Entitlement => "ENTITLEMENT",
            Self::FormDefinition => "FORM_DEFINITION",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
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
impl From<&str> for ObjectMappingRequestObjectType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => Self::AccessRequestConfig,
            "ATTR_SYNC_SOURCE_CONFIG" => Self::AttrSyncSourceConfig,
            "AUTH_ORG" => Self::AuthOrg,
            "CAMPAIGN_FILTER" => Self::CampaignFilter,
            "ENTITLEMENT" => Self::Entitlement,
            "FORM_DEFINITION" => Self::FormDefinition,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
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
crate::serde_helpers::string_enum!(ObjectMappingRequestObjectType);
