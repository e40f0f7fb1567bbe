#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceFeaturesItem {
    /// `AUTHENTICATE`
    Authenticate,
    /// `COMPOSITE`
    Composite,
    /// `DIRECT_PERMISSIONS`
    DirectPermissions,
    /// `DISCOVER_SCHEMA`
    DiscoverSchema,
    /// `ENABLE`
    Enable,
    /// `MANAGER_LOOKUP`
    ManagerLookup,
    /// `NO_RANDOM_ACCESS`
    NoRandomAccess,
    /// `PROXY`
    Proxy,
    /// `SEARCH`
    Search,
    /// `TEMPLATE`
    Template,
    /// `UNLOCK`
    Unlock,
    /// `UNSTRUCTURED_TARGETS`
    UnstructuredTargets,
    /// `SHAREPOINT_TARGET`
    SharepointTarget,
    /// `PROVISIONING`
    Provisioning,
    /// `GROUP_PROVISIONING`
    GroupProvisioning,
    /// `SYNC_PROVISIONING`
    SyncProvisioning,
    /// `PASSWORD`
    Password,
    /// `CURRENT_PASSWORD`
    CurrentPassword,
    /// `ACCOUNT_ONLY_REQUEST`
    AccountOnlyRequest,
    /// `ADDITIONAL_ACCOUNT_REQUEST`
    AdditionalAccountRequest,
    /// `NO_AGGREGATION`
    NoAggregation,
    /// `GROUPS_HAVE_MEMBERS`
    GroupsHaveMembers,
    /// `NO_PERMISSIONS_PROVISIONING`
    NoPermissionsProvisioning,
    /// `NO_GROUP_PERMISSIONS_PROVISIONING`
    NoGroupPermissionsProvisioning,
    /// `NO_UNSTRUCTURED_TARGETS_PROVISIONING`
    NoUnstructuredTargetsProvisioning,
    /// `NO_DIRECT_PERMISSIONS_PROVISIONING`
    NoDirectPermissionsProvisioning,
    /// `PREFER_UUID`
    PreferUuid,
    /// `ARM_SECURITY_EXTRACT`
    ArmSecurityExtract,
    /// `ARM_UTILIZATION_EXTRACT`
    ArmUtilizationExtract,
    /// `ARM_CHANGELOG_EXTRACT`
    ArmChangelogExtract,
    /// `USES_UUID`
    UsesUuid,
    /// `APPLICATION_DISCOVERY`
    ApplicationDiscovery,
    /// `DELETE`
    Delete,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceFeaturesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Authenticate => "AUTHENTICATE",
            Self::Composite => "COMPOSITE",
            Self::DirectPermissions => "DIRECT_PERMISSIONS",
            Self::DiscoverSchema => "DISCOVER_SCHEMA",
            Self::Enable => "ENABLE",
            Self::ManagerLookup => "MANAGER_LOOKUP",
            Self::NoRandomAccess => "NO_RANDOM_ACCESS",
            Self::Proxy => "PROXY",
            Self::Search => "SEARCH",
            Self::Template => "TEMPLATE",
            Self::Unlock => "UNLOCK",
            Self::UnstructuredTargets => "UNSTRUCTURED_TARGETS",
            Self::SharepointTarget => "SHAREPOINT_TARGET",
            Self::Provisioning => "PROVISIONING",
            Self::GroupProvisioning => "GROUP_PROVISIONING",
            Self::SyncProvisioning => "SYNC_PROVISIONING",
            Self::Password => "PASSWORD",
            Self::CurrentPassword => "CURRENT_PASSWORD",
            Self::AccountOnlyRequest => "ACCOUNT_ONLY_REQUEST",
            Self::AdditionalAccountRequest => "ADDITIONAL_ACCOUNT_REQUEST",
            Self::NoAggregation => "NO_AGGREGATION",
            Self::GroupsHaveMembers => "GROUPS_HAVE_MEMBERS",
            Self::NoPermissionsProvisioning => "NO_PERMISSIONS_PROVISIONING",
            Self::NoGroupPermissionsProvisioning => "NO_GROUP_PERMISSIONS_PROVISIONING",
            Self::NoUnstructuredTargetsProvisioning => {
                "NO_UNSTRUCTURED_TARGETS_PROVISIONING"
            }
            Self::NoDirectPermissionsProvisioning => "NO_DIRECT_PERMISSIONS_PROVISIONING",
            Self::PreferUuid => "PREFER_UUID",
            Self::ArmSecurityExtract => "ARM_SECURITY_EXTRACT",
            Self::ArmUtilizationExtract => "ARM_UTILIZATION_EXTRACT",
            Self::ArmChangelogExtract => "ARM_CHANGELOG_EXTRACT",
            Self::UsesUuid => "USES_UUID",
            Self::ApplicationDiscovery => "APPLICATION_DISCOVERY",
            Self::Delete => "DELETE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceFeaturesItem {
    fn from(value: &str) -> Self {
        match value {
            "AUTHENTICATE" => Self::Authenticate,
            "COMPOSITE" => Self::Composite,
            "DIRECT_PERMISSIONS" => Self::DirectPermissions,
            "DISCOVER_SCHEMA" => Self::DiscoverSchema,
            "ENABLE" => Self::Enable,
            "MANAGER_LOOKUP" => Self::ManagerLookup,
            "NO_RANDOM_ACCESS" => Self::NoRandomAccess,
            "PROXY" => Self::Proxy,
            "SEARCH" => Self::Search,
            "TEMPLATE" => Self::Template,
            "UNLOCK" => Self::Unlock,
            "UNSTRUCTURED_TARGETS" => Self::UnstructuredTargets,
            "SHAREPOINT_TARGET" => Self::SharepointTarget,
            "PROVISIONING" => Self::Provisioning,
            "GROUP_PROVISIONING" => Self::GroupProvisioning,
            "SYNC_PROVISIONING" => Self::SyncProvisioning,
            "PASSWORD" => Self::Password,
            "CURRENT_PASSWORD" => Self::CurrentPassword,
            "ACCOUNT_ONLY_REQUEST" => Self::AccountOnlyRequest,
            "ADDITIONAL_ACCOUNT_REQUEST" => Self::AdditionalAccountRequest,
            "NO_AGGREGATION" => Self::NoAggregation,
            "GROUPS_HAVE_MEMBERS" => Self::GroupsHaveMembers,
            "NO_PERMISSIONS_PROVISIONING" => Self::NoPermissionsProvisioning,
            "NO_GROUP_PERMISSIONS_PROVISIONING" => Self::NoGroupPermissionsProvisioning,
            "NO_UNSTRUCTURED_TARGETS_PROVISIONING" => {
                Self::NoUnstructuredTargetsProvisioning
            }
            "NO_DIRECT_PERMISSIONS_PROVISIONING" => Self::NoDirectPermissionsProvisioning,
            "PREFER_UUID" => Self::PreferUuid,
            "ARM_SECURITY_EXTRACT" => Self::ArmSecurityExtract,
            "ARM_UTILIZATION_EXTRACT" => Self::ArmUtilizationExtract,
            "ARM_CHANGELOG_EXTRACT" => Self::ArmChangelogExtract,
            "USES_UUID" => Self::UsesUuid,
            "APPLICATION_DISCOVERY" => Self::ApplicationDiscovery,
            "DELETE" => Self::Delete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceFeaturesItem);
