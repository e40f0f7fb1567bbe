/// Approval config Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfig {
    /// Configuration for reminders.
    pub reminder_config: Option<crate::ApprovalConfigReminderConfig>,
    /// Configuration for escalations.
    pub escalation_config: Option<crate::ApprovalConfigEscalationConfig>,
    /// TimeoutConfig contains configurations around when the approval request should expire.
    pub timeout_config: Option<crate::ApprovalConfigTimeoutConfig>,
    /// Timezone configuration for cron schedules.
    pub cron_timezone: Option<crate::ApprovalConfigCronTimezone>,
    /// If the approval request has an approvalCriteria of SERIAL this chain will be used to determine the assignment order.
    pub serial_chain: Option<Vec<crate::ApprovalConfigSerialChainItem>>,
    /// Determines whether a comment is required when approving or rejecting the approval request.
    pub requires_comment: Option<crate::ApprovalConfigRequiresComment>,
    /// Configuration for fallback approver. Used if the user cannot be found for whatever reason and escalation config does not exist.
    pub fallback_approver: Option<crate::ApprovalConfigFallbackApprover>,
    /// Specifies how to treat the identity type "MANAGER_OF" when the requestee is a machine identity.
    pub machine_identity_manager_assignment: Option<
        crate::ApprovalConfigMachineIdentityManagerAssignment,
    >,
    /// When true, all approvals will be created with the status "PASSED" effectively skipping the approval process. Note this field should only be used for Machine Account or Machine related approvals.
    pub circumvent_approval_process: Option<bool>,
    /// OFF will prevent the approval request from being assigned to the requester or requestee by assigning it to their manager instead.
    /// DIRECT when the requester != requestee this will cause steps assigned directly to the requester to be auto-approved.
    /// INDIRECT when the requester != requestee this will cause steps assigned to the requester or a group containing the requester to be auto-approved.
    /// This field will only be effective if requestedTarget.reauthRequired is set to false, otherwise the approval will have to be manually approved.
    pub auto_approve: Option<crate::ApprovalConfigAutoApprove>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfig {
    /// Builds a `ApprovalConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfig {
    reminder_config: optional::<crate::ApprovalConfigReminderConfig>(reminder_config),
    escalation_config: optional::<crate::ApprovalConfigEscalationConfig>(escalation_config),
    timeout_config: optional::<crate::ApprovalConfigTimeoutConfig>(timeout_config),
    cron_timezone: optional::<crate::ApprovalConfigCronTimezone>(cron_timezone),
    serial_chain: optional::<Vec<crate::ApprovalConfigSerialChainItem>>(serial_chain),
    requires_comment: optional::<crate::ApprovalConfigRequiresComment>(requires_comment),
    fallback_approver: optional::<crate::ApprovalConfigFallbackApprover>(fallback_approver),
    machine_identity_manager_assignment: optional::<crate::ApprovalConfigMachineIdentityManagerAssignment>(machine_identity_manager_assignment),
    circumvent_approval_process: optional::<bool>(circumvent_approval_process),
    auto_approve: optional::<crate::ApprovalConfigAutoApprove>(auto_approve),
});
crate::serde_helpers::serde_struct!(ApprovalConfig {
    reminder_config: optional("reminderConfig"),
    escalation_config: optional("escalationConfig"),
    timeout_config: optional("timeoutConfig"),
    cron_timezone: optional("cronTimezone"),
    serial_chain: optional("serialChain"),
    requires_comment: optional("requiresComment"),
    fallback_approver: optional("fallbackApprover"),
    machine_identity_manager_assignment: optional("machineIdentityManagerAssignment"),
    circumvent_approval_process: optional("circumventApprovalProcess"),
    auto_approve: optional("autoApprove"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reminder_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.escalation_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.timeout_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cron_timezone, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.serial_chain, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requires_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.fallback_approver, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.machine_identity_manager_assignment,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_approve, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// OFF will prevent the approval request from being assigned to the requester or requestee by assigning it to their manager instead.
/// DIRECT when the requester != requestee this will cause steps assigned directly to the requester to be auto-approved.
/// INDIRECT when the requester != requestee this will cause steps assigned to the requester or a group containing the requester to be auto-approved.
/// This field will only be effective if requestedTarget.reauthRequired is set to false, otherwise the approval will have to be manually approved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigAutoApprove {
    /// `OFF`
    Off,
    /// `DIRECT`
    Direct,
    /// `INDIRECT`
    Indirect,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigAutoApprove {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Direct => "DIRECT",
            Self::Indirect => "INDIRECT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalConfigAutoApprove {
    fn from(value: &str) -> Self {
        match value {
            "OFF" => Self::Off,
            "DIRECT" => Self::Direct,
            "INDIRECT" => Self::Indirect,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalConfigAutoApprove);
/// Timezone configuration for cron schedules.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfigCronTimezone {
    /// Timezone location for cron schedules.
    pub location: Option<String>,
    /// Timezone offset for cron schedules.
    pub offset: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfigCronTimezone {
    /// Builds a `ApprovalConfigCronTimezone` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfigCronTimezone {
    location: optional::<String>(location),
    offset: optional::<String>(offset),
});
crate::serde_helpers::serde_struct!(ApprovalConfigCronTimezone {
    location: optional("location"),
    offset: optional("offset"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalConfigCronTimezone {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration for escalations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfigEscalationConfig {
    /// Indicates if escalations are enabled.
    pub enabled: Option<bool>,
    /// Number of days until the first escalation.
    pub days_until_first_escalation: Option<i64>,
    /// Cron schedule for escalations.
    pub escalation_cron_schedule: Option<String>,
    /// Escalation chain configuration.
    pub escalation_chain: Option<
        Vec<crate::ApprovalConfigEscalationConfigEscalationChainItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfigEscalationConfig {
    /// Builds a `ApprovalConfigEscalationConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfigEscalationConfig {
    enabled: optional::<bool>(enabled),
    days_until_first_escalation: optional::<i64>(days_until_first_escalation),
    escalation_cron_schedule: optional::<String>(escalation_cron_schedule),
    escalation_chain: optional::<Vec<crate::ApprovalConfigEscalationConfigEscalationChainItem>>(escalation_chain),
});
crate::serde_helpers::serde_struct!(ApprovalConfigEscalationConfig {
    enabled: optional("enabled"),
    days_until_first_escalation: optional("daysUntilFirstEscalation"),
    escalation_cron_schedule: optional("escalationCronSchedule"),
    escalation_chain: optional("escalationChain"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalConfigEscalationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.escalation_chain, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfigEscalationConfigEscalationChainItem {
    /// Optional Identity ID of the type of identity defined in the 'identityType' field.
    pub identity_id: Option<String>,
    /// Type of identityId in the escalation chain.
    pub identity_type: Option<
        crate::ApprovalConfigEscalationConfigEscalationChainItemIdentityType,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfigEscalationConfigEscalationChainItem {
    /// Builds a `ApprovalConfigEscalationConfigEscalationChainItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfigEscalationConfigEscalationChainItem {
    identity_id: optional::<String>(identity_id),
    identity_type: optional::<crate::ApprovalConfigEscalationConfigEscalationChainItemIdentityType>(identity_type),
});
crate::serde_helpers::serde_struct!(ApprovalConfigEscalationConfigEscalationChainItem {
    identity_id: optional("identityId"),
    identity_type: optional("identityType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ApprovalConfigEscalationConfigEscalationChainItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of identityId in the escalation chain.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigEscalationConfigEscalationChainItemIdentityType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `MANAGER_OF`
    ManagerOf,
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// `MACHINE_ACCOUNT_OWNER`
    MachineAccountOwner,
    /// `MACHINE_IDENTITY_OWNER`
    MachineIdentityOwner,
    /// `MANAGER_OF_REQUESTED_TARGET_OWNER`
    ManagerOfRequestedTargetOwner,
    /// `MANAGER_OF_MACHINE_IDENTITY_OWNER`
    ManagerOfMachineIdentityOwner,
    /// `MANAGER_OF_ACCOUNT_OWNER`
    ManagerOfAccountOwner,
    /// `MANAGER_OF_MACHINE_ACCOUNT_OWNER`
    ManagerOfMachineAccountOwner,
    /// `MANAGER_OF_REQUESTER`
    ManagerOfRequester,
    /// `MANAGER_OF_REQUESTER_OWNER`
    ManagerOfRequesterOwner,
    /// `MANAGER_OF_OWNER`
    ManagerOfOwner,
    /// `ACCESS_PROFILE_OWNER`
    AccessProfileOwner,
    /// `APPLICATION_OWNER`
    ApplicationOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `ROLE_OWNER`
    RoleOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `REQUESTED_TARGET_OWNER`
    RequestedTargetOwner,
    /// `ACCESS_PROFILE_PRIMARY_OWNER`
    AccessProfilePrimaryOwner,
    /// `APPLICATION_PRIMARY_OWNER`
    ApplicationPrimaryOwner,
    /// `ENTITLEMENT_PRIMARY_OWNER`
    EntitlementPrimaryOwner,
    /// `ROLE_PRIMARY_OWNER`
    RolePrimaryOwner,
    /// `SOURCE_PRIMARY_OWNER`
    SourcePrimaryOwner,
    /// `ACCOUNT_PRIMARY_OWNER`
    AccountPrimaryOwner,
    /// `MACHINE_ACCOUNT_PRIMARY_OWNER`
    MachineAccountPrimaryOwner,
    /// `MACHINE_IDENTITY_PRIMARY_OWNER`
    MachineIdentityPrimaryOwner,
    /// `REQUESTED_TARGET_PRIMARY_OWNER`
    RequestedTargetPrimaryOwner,
    /// `ACCESS_PROFILE_SECONDARY_OWNER_GROUP`
    AccessProfileSecondaryOwnerGroup,
    /// `APPLICATION_SECONDARY_OWNER_GROUP`
    ApplicationSecondaryOwnerGroup,
    /// `ENTITLEMENT_SECONDARY_OWNER_GROUP`
    EntitlementSecondaryOwnerGroup,
    /// `ROLE_SECONDARY_OWNER_GROUP`
    RoleSecondaryOwnerGroup,
    /// `SOURCE_SECONDARY_OWNER_GROUP`
    SourceSecondaryOwnerGroup,
    /// `ACCOUNT_SECONDARY_OWNER_GROUP`
    AccountSecondaryOwnerGroup,
    /// `MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP`
    MachineAccountSecondaryOwnerGroup,
    /// `MACHINE_IDENTITY_SECONDARY_OWNER_GROUP`
    MachineIdentitySecondaryOwnerGroup,
    /// `REQUESTED_TARGET_SECONDARY_OWNER_GROUP`
    RequestedTargetSecondaryOwnerGroup,
    /// `ACCESS_PROFILE_ALL_OWNER_GROUP`
    AccessProfileAllOwnerGroup,
    /// `APPLICATION_ALL_OWNER_GROUP`
    ApplicationAllOwnerGroup,
    /// `ENTITLEMENT_ALL_OWNER_GROUP`
    EntitlementAllOwnerGroup,
    /// `ROLE_ALL_OWNER_GROUP`
    RoleAllOwnerGroup,
    /// `SOURCE_ALL_OWNER_GROUP`
    SourceAllOwnerGroup,
    /// `ACCOUNT_ALL_OWNER_GROUP`
    AccountAllOwnerGroup,
    /// `MACHINE_ACCOUNT_ALL_OWNER_GROUP`
    MachineAccountAllOwnerGroup,
    /// `MACHINE_IDENTITY_ALL_OWNER_GROUP`
    MachineIdentityAllOwnerGroup,
    /// `REQUESTED_TARGET_ALL_OWNER_GROUP`
    RequestedTargetAllOwnerGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigEscalationConfigEscalationChainItemIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::ManagerOf => "MANAGER_OF",
            Self::AccountOwner => "ACCOUNT_OWNER",
            Self::MachineAccountOwner => "MACHINE_ACCOUNT_OWNER",
            Self::MachineIdentityOwner => "MACHINE_IDENTITY_OWNER",
            Self::ManagerOfRequestedTargetOwner => "MANAGER_OF_REQUESTED_TARGET_OWNER",
            Self::ManagerOfMachineIdentityOwner => "MANAGER_OF_MACHINE_IDENTITY_OWNER",
            Self::ManagerOfAccountOwner => "MANAGER_OF_ACCOUNT_OWNER",
            Self::ManagerOfMachineAccountOwner => "MANAGER_OF_MACHINE_ACCOUNT_OWNER",
            Self::ManagerOfRequester => "MANAGER_OF_REQUESTER",
            Self::ManagerOfRequesterOwner => "MANAGER_OF_REQUESTER_OWNER",
            Self::ManagerOfOwner => "MANAGER_OF_OWNER",
            Self::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            Self::ApplicationOwner => "APPLICATION_OWNER",
            Self::EntitlementOwner => "ENTITLEMENT_OWNER",
            Self::RoleOwner => "ROLE_OWNER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::RequestedTargetOwner => "REQUESTED_TARGET_OWNER",
            Self::AccessProfilePrimaryOwner => "ACCESS_PROFILE_PRIMARY_OWNER",
            Self::ApplicationPrimaryOwner => "APPLICATION_PRIMARY_OWNER",
            Self::EntitlementPrimaryOwner => "ENTITLEMENT_PRIMARY_OWNER",
            Self::RolePrimaryOwner => "ROLE_PRIMARY_OWNER",
            Self::SourcePrimaryOwner => "SOURCE_PRIMARY_OWNER",
            Self::AccountPrimaryOwner => "ACCOUNT_PRIMARY_OWNER",
            Self::MachineAccountPrimaryOwner => "MACHINE_ACCOUNT_PRIMARY_OWNER",
            Self::MachineIdentityPrimaryOwner => "MACHINE_IDENTITY_PRIMARY_OWNER",
            Self::RequestedTargetPrimaryOwner => "REQUESTED_TARGET_PRIMARY_OWNER",
            Self::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            Self::ApplicationSecondaryOwnerGroup => "APPLICATION_SECONDARY_OWNER_GROUP",
            Self::EntitlementSecondaryOwnerGroup => "ENTITLEMENT_SECONDARY_OWNER_GROUP",
            Self::RoleSecondaryOwnerGroup => "ROLE_SECONDARY_OWNER_GROUP",
            Self::SourceSecondaryOwnerGroup => "SOURCE_SECONDARY_OWNER_GROUP",
            Self::AccountSecondaryOwnerGroup => "ACCOUNT_SECONDARY_OWNER_GROUP",
            Self::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            Self::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            Self::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            Self::AccessProfileAllOwnerGroup => "ACCESS_PROFILE_ALL_OWNER_GROUP",
            Self::ApplicationAllOwnerGroup => "APPLICATION_ALL_OWNER_GROUP",
            Self::EntitlementAllOwnerGroup => "ENTITLEMENT_ALL_OWNER_GROUP",
            Self::RoleAllOwnerGroup => "ROLE_ALL_OWNER_GROUP",
            Self::SourceAllOwnerGroup => "SOURCE_ALL_OWNER_GROUP",
            Self::AccountAllOwnerGroup => "ACCOUNT_ALL_OWNER_GROUP",
            Self::MachineAccountAllOwnerGroup => "MACHINE_ACCOUNT_ALL_OWNER_GROUP",
            Self::MachineIdentityAllOwnerGroup => "MACHINE_IDENTITY_ALL_OWNER_GROUP",
            Self::RequestedTargetAllOwnerGroup => "REQUESTED_TARGET_ALL_OWNER_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalConfigEscalationConfigEscalationChainItemIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "MANAGER_OF" => Self::ManagerOf,
            "ACCOUNT_OWNER" => Self::AccountOwner,
            "MACHINE_ACCOUNT_OWNER" => Self::MachineAccountOwner,
            "MACHINE_IDENTITY_OWNER" => Self::MachineIdentityOwner,
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => Self::ManagerOfRequestedTargetOwner,
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => Self::ManagerOfMachineIdentityOwner,
            "MANAGER_OF_ACCOUNT_OWNER" => Self::ManagerOfAccountOwner,
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => Self::ManagerOfMachineAccountOwner,
            "MANAGER_OF_REQUESTER" => Self::ManagerOfRequester,
            "MANAGER_OF_REQUESTER_OWNER" => Self::ManagerOfRequesterOwner,
            "MANAGER_OF_OWNER" => Self::ManagerOfOwner,
            "ACCESS_PROFILE_OWNER" => Self::AccessProfileOwner,
            "APPLICATION_OWNER" => Self::ApplicationOwner,
            "ENTITLEMENT_OWNER" => Self::EntitlementOwner,
            "ROLE_OWNER" => Self::RoleOwner,
            "SOURCE_OWNER" => Self::SourceOwner,
            "REQUESTED_TARGET_OWNER" => Self::RequestedTargetOwner,
            "ACCESS_PROFILE_PRIMARY_OWNER" => Self::AccessProfilePrimaryOwner,
            "APPLICATION_PRIMARY_OWNER" => Self::ApplicationPrimaryOwner,
            "ENTITLEMENT_PRIMARY_OWNER" => Self::EntitlementPrimaryOwner,
            "ROLE_PRIMARY_OWNER" => Self::RolePrimaryOwner,
            "SOURCE_PRIMARY_OWNER" => Self::SourcePrimaryOwner,
            "ACCOUNT_PRIMARY_OWNER" => Self::AccountPrimaryOwner,
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => Self::MachineAccountPrimaryOwner,
            "MACHINE_IDENTITY_PRIMARY_OWNER" => Self::MachineIdentityPrimaryOwner,
            "REQUESTED_TARGET_PRIMARY_OWNER" => Self::RequestedTargetPrimaryOwner,
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                Self::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => Self::ApplicationSecondaryOwnerGroup,
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => Self::EntitlementSecondaryOwnerGroup,
            "ROLE_SECONDARY_OWNER_GROUP" => Self::RoleSecondaryOwnerGroup,
            "SOURCE_SECONDARY_OWNER_GROUP" => Self::SourceSecondaryOwnerGroup,
            "ACCOUNT_SECONDARY_OWNER_GROUP" => Self::AccountSecondaryOwnerGroup,
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                Self::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                Self::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                Self::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => Self::AccessProfileAllOwnerGroup,
            "APPLICATION_ALL_OWNER_GROUP" => Self::ApplicationAllOwnerGroup,
            "ENTITLEMENT_ALL_OWNER_GROUP" => Self::EntitlementAllOwnerGroup,
            "ROLE_ALL_OWNER_GROUP" => Self::RoleAllOwnerGroup,
            "SOURCE_ALL_OWNER_GROUP" => Self::SourceAllOwnerGroup,
            "ACCOUNT_ALL_OWNER_GROUP" => Self::AccountAllOwnerGroup,
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => Self::MachineAccountAllOwnerGroup,
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => Self::MachineIdentityAllOwnerGroup,
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => Self::RequestedTargetAllOwnerGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    ApprovalConfigEscalationConfigEscalationChainItemIdentityType
);
/// Configuration for fallback approver. Used if the user cannot be found for whatever reason and escalation config does not exist.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfigFallbackApprover {
    /// Optional Identity ID of the type of identity defined in the 'type' field.
    pub identity_id: Option<String>,
    /// Type of identityID for the fallback approver.
    pub r#type: Option<crate::ApprovalConfigFallbackApproverType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfigFallbackApprover {
    /// Builds a `ApprovalConfigFallbackApprover` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfigFallbackApprover {
    identity_id: optional::<String>(identity_id),
    r#type: optional::<crate::ApprovalConfigFallbackApproverType>(r#type),
});
crate::serde_helpers::serde_struct!(ApprovalConfigFallbackApprover {
    identity_id: optional("identityID"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalConfigFallbackApprover {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of identityID for the fallback approver.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigFallbackApproverType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `MANAGER_OF`
    ManagerOf,
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// `MACHINE_ACCOUNT_OWNER`
    MachineAccountOwner,
    /// `MACHINE_IDENTITY_OWNER`
    MachineIdentityOwner,
    /// `MANAGER_OF_REQUESTED_TARGET_OWNER`
    ManagerOfRequestedTargetOwner,
    /// `MANAGER_OF_MACHINE_IDENTITY_OWNER`
    ManagerOfMachineIdentityOwner,
    /// `MANAGER_OF_ACCOUNT_OWNER`
    ManagerOfAccountOwner,
    /// `MANAGER_OF_MACHINE_ACCOUNT_OWNER`
    ManagerOfMachineAccountOwner,
    /// `MANAGER_OF_REQUESTER`
    ManagerOfRequester,
    /// `MANAGER_OF_REQUESTER_OWNER`
    ManagerOfRequesterOwner,
    /// `MANAGER_OF_OWNER`
    ManagerOfOwner,
    /// `ACCESS_PROFILE_OWNER`
    AccessProfileOwner,
    /// `APPLICATION_OWNER`
    ApplicationOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `ROLE_OWNER`
    RoleOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `REQUESTED_TARGET_OWNER`
    RequestedTargetOwner,
    /// `ACCESS_PROFILE_PRIMARY_OWNER`
    AccessProfilePrimaryOwner,
    /// `APPLICATION_PRIMARY_OWNER`
    ApplicationPrimaryOwner,
    /// `ENTITLEMENT_PRIMARY_OWNER`
    EntitlementPrimaryOwner,
    /// `ROLE_PRIMARY_OWNER`
    RolePrimaryOwner,
    /// `SOURCE_PRIMARY_OWNER`
    SourcePrimaryOwner,
    /// `ACCOUNT_PRIMARY_OWNER`
    AccountPrimaryOwner,
    /// `MACHINE_ACCOUNT_PRIMARY_OWNER`
    MachineAccountPrimaryOwner,
    /// `MACHINE_IDENTITY_PRIMARY_OWNER`
    MachineIdentityPrimaryOwner,
    /// `REQUESTED_TARGET_PRIMARY_OWNER`
    RequestedTargetPrimaryOwner,
    /// `ACCESS_PROFILE_SECONDARY_OWNER_GROUP`
    AccessProfileSecondaryOwnerGroup,
    /// `APPLICATION_SECONDARY_OWNER_GROUP`
    ApplicationSecondaryOwnerGroup,
    /// `ENTITLEMENT_SECONDARY_OWNER_GROUP`
    EntitlementSecondaryOwnerGroup,
    /// `ROLE_SECONDARY_OWNER_GROUP`
    RoleSecondaryOwnerGroup,
    /// `SOURCE_SECONDARY_OWNER_GROUP`
    SourceSecondaryOwnerGroup,
    /// `ACCOUNT_SECONDARY_OWNER_GROUP`
    AccountSecondaryOwnerGroup,
    /// `MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP`
    MachineAccountSecondaryOwnerGroup,
    /// `MACHINE_IDENTITY_SECONDARY_OWNER_GROUP`
    MachineIdentitySecondaryOwnerGroup,
    /// `REQUESTED_TARGET_SECONDARY_OWNER_GROUP`
    RequestedTargetSecondaryOwnerGroup,
    /// `ACCESS_PROFILE_ALL_OWNER_GROUP`
    AccessProfileAllOwnerGroup,
    /// `APPLICATION_ALL_OWNER_GROUP`
    ApplicationAllOwnerGroup,
    /// `ENTITLEMENT_ALL_OWNER_GROUP`
    EntitlementAllOwnerGroup,
    /// `ROLE_ALL_OWNER_GROUP`
    RoleAllOwnerGroup,
    /// `SOURCE_ALL_OWNER_GROUP`
    SourceAllOwnerGroup,
    /// `ACCOUNT_ALL_OWNER_GROUP`
    AccountAllOwnerGroup,
    /// `MACHINE_ACCOUNT_ALL_OWNER_GROUP`
    MachineAccountAllOwnerGroup,
    /// `MACHINE_IDENTITY_ALL_OWNER_GROUP`
    MachineIdentityAllOwnerGroup,
    /// `REQUESTED_TARGET_ALL_OWNER_GROUP`
    RequestedTargetAllOwnerGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigFallbackApproverType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::ManagerOf => "MANAGER_OF",
            Self::AccountOwner => "ACCOUNT_OWNER",
            Self::MachineAccountOwner => "MACHINE_ACCOUNT_OWNER",
            Self::MachineIdentityOwner => "MACHINE_IDENTITY_OWNER",
            Self::ManagerOfRequestedTargetOwner => "MANAGER_OF_REQUESTED_TARGET_OWNER",
            Self::ManagerOfMachineIdentityOwner => "MANAGER_OF_MACHINE_IDENTITY_OWNER",
            Self::ManagerOfAccountOwner => "MANAGER_OF_ACCOUNT_OWNER",
            Self::ManagerOfMachineAccountOwner => "MANAGER_OF_MACHINE_ACCOUNT_OWNER",
            Self::ManagerOfRequester => "MANAGER_OF_REQUESTER",
            Self::ManagerOfRequesterOwner => "MANAGER_OF_REQUESTER_OWNER",
            Self::ManagerOfOwner => "MANAGER_OF_OWNER",
            Self::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            Self::ApplicationOwner => "APPLICATION_OWNER",
            Self::EntitlementOwner => "ENTITLEMENT_OWNER",
            Self::RoleOwner => "ROLE_OWNER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::RequestedTargetOwner => "REQUESTED_TARGET_OWNER",
            Self::AccessProfilePrimaryOwner => "ACCESS_PROFILE_PRIMARY_OWNER",
            Self::ApplicationPrimaryOwner => "APPLICATION_PRIMARY_OWNER",
            Self::EntitlementPrimaryOwner => "ENTITLEMENT_PRIMARY_OWNER",
            Self::RolePrimaryOwner => "ROLE_PRIMARY_OWNER",
            Self::SourcePrimaryOwner => "SOURCE_PRIMARY_OWNER",
            Self::AccountPrimaryOwner => "ACCOUNT_PRIMARY_OWNER",
            Self::MachineAccountPrimaryOwner => "MACHINE_ACCOUNT_PRIMARY_OWNER",
            Self::MachineIdentityPrimaryOwner => "MACHINE_IDENTITY_PRIMARY_OWNER",
            Self::RequestedTargetPrimaryOwner => "REQUESTED_TARGET_PRIMARY_OWNER",
            Self::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            Self::ApplicationSecondaryOwnerGroup => "APPLICATION_SECONDARY_OWNER_GROUP",
            Self::EntitlementSecondaryOwnerGroup => "ENTITLEMENT_SECONDARY_OWNER_GROUP",
            Self::RoleSecondaryOwnerGroup => "ROLE_SECONDARY_OWNER_GROUP",
            Self::SourceSecondaryOwnerGroup => "SOURCE_SECONDARY_OWNER_GROUP",
            Self::AccountSecondaryOwnerGroup => "ACCOUNT_SECONDARY_OWNER_GROUP",
            Self::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            Self::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            Self::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            Self::AccessProfileAllOwnerGroup => "ACCESS_PROFILE_ALL_OWNER_GROUP",
            Self::ApplicationAllOwnerGroup => "APPLICATION_ALL_OWNER_GROUP",
            Self::EntitlementAllOwnerGroup => "ENTITLEMENT_ALL_OWNER_GROUP",
            Self::RoleAllOwnerGroup => "ROLE_ALL_OWNER_GROUP",
            Self::SourceAllOwnerGroup => "SOURCE_ALL_OWNER_GROUP",
            Self::AccountAllOwnerGroup => "ACCOUNT_ALL_OWNER_GROUP",
            Self::MachineAccountAllOwnerGroup => "MACHINE_ACCOUNT_ALL_OWNER_GROUP",
            Self::MachineIdentityAllOwnerGroup => "MACHINE_IDENTITY_ALL_OWNER_GROUP",
            Self::RequestedTargetAllOwnerGroup => "REQUESTED_TARGET_ALL_OWNER_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalConfigFallbackApproverType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "MANAGER_OF" => Self::ManagerOf,
            "ACCOUNT_OWNER" => Self::AccountOwner,
            "MACHINE_ACCOUNT_OWNER" => Self::MachineAccountOwner,
            "MACHINE_IDENTITY_OWNER" => Self::MachineIdentityOwner,
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => Self::ManagerOfRequestedTargetOwner,
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => Self::ManagerOfMachineIdentityOwner,
            "MANAGER_OF_ACCOUNT_OWNER" => Self::ManagerOfAccountOwner,
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => Self::ManagerOfMachineAccountOwner,
            "MANAGER_OF_REQUESTER" => Self::ManagerOfRequester,
            "MANAGER_OF_REQUESTER_OWNER" => Self::ManagerOfRequesterOwner,
            "MANAGER_OF_OWNER" => Self::ManagerOfOwner,
            "ACCESS_PROFILE_OWNER" => Self::AccessProfileOwner,
            "APPLICATION_OWNER" => Self::ApplicationOwner,
            "ENTITLEMENT_OWNER" => Self::EntitlementOwner,
            "ROLE_OWNER" => Self::RoleOwner,
            "SOURCE_OWNER" => Self::SourceOwner,
            "REQUESTED_TARGET_OWNER" => Self::RequestedTargetOwner,
            "ACCESS_PROFILE_PRIMARY_OWNER" => Self::AccessProfilePrimaryOwner,
            "APPLICATION_PRIMARY_OWNER" => Self::ApplicationPrimaryOwner,
            "ENTITLEMENT_PRIMARY_OWNER" => Self::EntitlementPrimaryOwner,
            "ROLE_PRIMARY_OWNER" => Self::RolePrimaryOwner,
            "SOURCE_PRIMARY_OWNER" => Self::SourcePrimaryOwner,
            "ACCOUNT_PRIMARY_OWNER" => Self::AccountPrimaryOwner,
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => Self::MachineAccountPrimaryOwner,
            "MACHINE_IDENTITY_PRIMARY_OWNER" => Self::MachineIdentityPrimaryOwner,
            "REQUESTED_TARGET_PRIMARY_OWNER" => Self::RequestedTargetPrimaryOwner,
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                Self::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => Self::ApplicationSecondaryOwnerGroup,
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => Self::EntitlementSecondaryOwnerGroup,
            "ROLE_SECONDARY_OWNER_GROUP" => Self::RoleSecondaryOwnerGroup,
            "SOURCE_SECONDARY_OWNER_GROUP" => Self::SourceSecondaryOwnerGroup,
            "ACCOUNT_SECONDARY_OWNER_GROUP" => Self::AccountSecondaryOwnerGroup,
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                Self::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                Self::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                Self::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => Self::AccessProfileAllOwnerGroup,
            "APPLICATION_ALL_OWNER_GROUP" => Self::ApplicationAllOwnerGroup,
            "ENTITLEMENT_ALL_OWNER_GROUP" => Self::EntitlementAllOwnerGroup,
            "ROLE_ALL_OWNER_GROUP" => Self::RoleAllOwnerGroup,
            "SOURCE_ALL_OWNER_GROUP" => Self::SourceAllOwnerGroup,
            "ACCOUNT_ALL_OWNER_GROUP" => Self::AccountAllOwnerGroup,
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => Self::MachineAccountAllOwnerGroup,
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => Self::MachineIdentityAllOwnerGroup,
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => Self::RequestedTargetAllOwnerGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalConfigFallbackApproverType);
/// Specifies how to treat the identity type "MANAGER_OF" when the requestee is a machine identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigMachineIdentityManagerAssignment {
    /// `MANAGER_OF_REQUESTER`
    ManagerOfRequester,
    /// `MACHINE_IDENTITY_OWNER`
    MachineIdentityOwner,
    /// `MANAGER_OF_MACHINE_IDENTITY_OWNER`
    ManagerOfMachineIdentityOwner,
    /// `REQUESTED_TARGET_OWNER`
    RequestedTargetOwner,
    /// `MANAGER_OF_REQUESTED_TARGET_OWNER`
    ManagerOfRequestedTargetOwner,
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// `MANAGER_OF_ACCOUNT_OWNER`
    ManagerOfAccountOwner,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigMachineIdentityManagerAssignment {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManagerOfRequester => "MANAGER_OF_REQUESTER",
            Self::MachineIdentityOwner => "MACHINE_IDENTITY_OWNER",
            Self::ManagerOfMachineIdentityOwner => "MANAGER_OF_MACHINE_IDENTITY_OWNER",
            Self::RequestedTargetOwner => "REQUESTED_TARGET_OWNER",
            Self::ManagerOfRequestedTargetOwner => "MANAGER_OF_REQUESTED_TARGET_OWNER",
            Self::AccountOwner => "ACCOUNT_OWNER",
            Self::ManagerOfAccountOwner => "MANAGER_OF_ACCOUNT_OWNER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalConfigMachineIdentityManagerAssignment {
    fn from(value: &str) -> Self {
        match value {
            "MANAGER_OF_REQUESTER" => Self::ManagerOfRequester,
            "MACHINE_IDENTITY_OWNER" => Self::MachineIdentityOwner,
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => Self::ManagerOfMachineIdentityOwner,
            "REQUESTED_TARGET_OWNER" => Self::RequestedTargetOwner,
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => Self::ManagerOfRequestedTargetOwner,
            "ACCOUNT_OWNER" => Self::AccountOwner,
            "MANAGER_OF_ACCOUNT_OWNER" => Self::ManagerOfAccountOwner,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalConfigMachineIdentityManagerAssignment);
/// Configuration for reminders.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfigReminderConfig {
    /// Indicates if reminders are enabled.
    pub enabled: Option<bool>,
    /// Number of days until the first reminder.
    pub days_until_first_reminder: Option<i64>,
    /// Cron schedule for reminders.
    pub reminder_cron_schedule: Option<String>,
    /// Maximum number of reminders. Max is 20.
    pub max_reminders: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfigReminderConfig {
    /// Builds a `ApprovalConfigReminderConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfigReminderConfig {
    enabled: optional::<bool>(enabled),
    days_until_first_reminder: optional::<i64>(days_until_first_reminder),
    reminder_cron_schedule: optional::<String>(reminder_cron_schedule),
    max_reminders: optional::<i64>(max_reminders),
});
crate::serde_helpers::serde_struct!(ApprovalConfigReminderConfig {
    enabled: optional("enabled"),
    days_until_first_reminder: optional("daysUntilFirstReminder"),
    reminder_cron_schedule: optional("reminderCronSchedule"),
    max_reminders: optional("maxReminders"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalConfigReminderConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Determines whether a comment is required when approving or rejecting the approval request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigRequiresComment {
    /// `APPROVAL`
    Approval,
    /// `REJECTION`
    Rejection,
    /// `ALL`
    All,
    /// `OFF`
    Off,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigRequiresComment {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approval => "APPROVAL",
            Self::Rejection => "REJECTION",
            Self::All => "ALL",
            Self::Off => "OFF",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalConfigRequiresComment {
    fn from(value: &str) -> Self {
        match value {
            "APPROVAL" => Self::Approval,
            "REJECTION" => Self::Rejection,
            "ALL" => Self::All,
            "OFF" => Self::Off,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalConfigRequiresComment);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfigSerialChainItem {
    /// Optional Identity ID of the type of identity defined in the 'identityType' field.
    pub identity_id: Option<String>,
    /// Type of identityId in the serial chain.
    pub identity_type: Option<crate::ApprovalConfigSerialChainItemIdentityType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfigSerialChainItem {
    /// Builds a `ApprovalConfigSerialChainItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfigSerialChainItem {
    identity_id: optional::<String>(identity_id),
    identity_type: optional::<crate::ApprovalConfigSerialChainItemIdentityType>(identity_type),
});
crate::serde_helpers::serde_struct!(ApprovalConfigSerialChainItem {
    identity_id: optional("identityId"),
    identity_type: optional("identityType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalConfigSerialChainItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of identityId in the serial chain.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigSerialChainItemIdentityType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `MANAGER_OF`
    ManagerOf,
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// `MACHINE_ACCOUNT_OWNER`
    MachineAccountOwner,
    /// `MACHINE_IDENTITY_OWNER`
    MachineIdentityOwner,
    /// `MANAGER_OF_REQUESTED_TARGET_OWNER`
    ManagerOfRequestedTargetOwner,
    /// `MANAGER_OF_MACHINE_IDENTITY_OWNER`
    ManagerOfMachineIdentityOwner,
    /// `MANAGER_OF_ACCOUNT_OWNER`
    ManagerOfAccountOwner,
    /// `MANAGER_OF_MACHINE_ACCOUNT_OWNER`
    ManagerOfMachineAccountOwner,
    /// `MANAGER_OF_REQUESTER`
    ManagerOfRequester,
    /// `MANAGER_OF_REQUESTER_OWNER`
    ManagerOfRequesterOwner,
    /// `MANAGER_OF_OWNER`
    ManagerOfOwner,
    /// `ACCESS_PROFILE_OWNER`
    AccessProfileOwner,
    /// `APPLICATION_OWNER`
    ApplicationOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `ROLE_OWNER`
    RoleOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `REQUESTED_TARGET_OWNER`
    RequestedTargetOwner,
    /// `ACCESS_PROFILE_PRIMARY_OWNER`
    AccessProfilePrimaryOwner,
    /// `APPLICATION_PRIMARY_OWNER`
    ApplicationPrimaryOwner,
    /// `ENTITLEMENT_PRIMARY_OWNER`
    EntitlementPrimaryOwner,
    /// `ROLE_PRIMARY_OWNER`
    RolePrimaryOwner,
    /// `SOURCE_PRIMARY_OWNER`
    SourcePrimaryOwner,
    /// `ACCOUNT_PRIMARY_OWNER`
    AccountPrimaryOwner,
    /// `MACHINE_ACCOUNT_PRIMARY_OWNER`
    MachineAccountPrimaryOwner,
    /// `MACHINE_IDENTITY_PRIMARY_OWNER`
    MachineIdentityPrimaryOwner,
    /// `REQUESTED_TARGET_PRIMARY_OWNER`
    RequestedTargetPrimaryOwner,
    /// `ACCESS_PROFILE_SECONDARY_OWNER_GROUP`
    AccessProfileSecondaryOwnerGroup,
    /// `APPLICATION_SECONDARY_OWNER_GROUP`
    ApplicationSecondaryOwnerGroup,
    /// `ENTITLEMENT_SECONDARY_OWNER_GROUP`
    EntitlementSecondaryOwnerGroup,
    /// `ROLE_SECONDARY_OWNER_GROUP`
    RoleSecondaryOwnerGroup,
    /// `SOURCE_SECONDARY_OWNER_GROUP`
    SourceSecondaryOwnerGroup,
    /// `ACCOUNT_SECONDARY_OWNER_GROUP`
    AccountSecondaryOwnerGroup,
    /// `MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP`
    MachineAccountSecondaryOwnerGroup,
    /// `MACHINE_IDENTITY_SECONDARY_OWNER_GROUP`
    MachineIdentitySecondaryOwnerGroup,
    /// `REQUESTED_TARGET_SECONDARY_OWNER_GROUP`
    RequestedTargetSecondaryOwnerGroup,
    /// `ACCESS_PROFILE_ALL_OWNER_GROUP`
    AccessProfileAllOwnerGroup,
    /// `APPLICATION_ALL_OWNER_GROUP`
    ApplicationAllOwnerGroup,
    /// `ENTITLEMENT_ALL_OWNER_GROUP`
    EntitlementAllOwnerGroup,
    /// `ROLE_ALL_OWNER_GROUP`
    RoleAllOwnerGroup,
    /// `SOURCE_ALL_OWNER_GROUP`
    SourceAllOwnerGroup,
    /// `ACCOUNT_ALL_OWNER_GROUP`
    AccountAllOwnerGroup,
    /// `MACHINE_ACCOUNT_ALL_OWNER_GROUP`
    MachineAccountAllOwnerGroup,
    /// `MACHINE_IDENTITY_ALL_OWNER_GROUP`
    MachineIdentityAllOwnerGroup,
    /// `REQUESTED_TARGET_ALL_OWNER_GROUP`
    RequestedTargetAllOwnerGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigSerialChainItemIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::ManagerOf => "MANAGER_OF",
            Self::AccountOwner => "ACCOUNT_OWNER",
            Self::MachineAccountOwner => "MACHINE_ACCOUNT_OWNER",
            Self::MachineIdentityOwner => "MACHINE_IDENTITY_OWNER",
            Self::ManagerOfRequestedTargetOwner => "MANAGER_OF_REQUESTED_TARGET_OWNER",
            Self::ManagerOfMachineIdentityOwner => "MANAGER_OF_MACHINE_IDENTITY_OWNER",
            Self::ManagerOfAccountOwner => "MANAGER_OF_ACCOUNT_OWNER",
            Self::ManagerOfMachineAccountOwner => "MANAGER_OF_MACHINE_ACCOUNT_OWNER",
            Self::ManagerOfRequester => "MANAGER_OF_REQUESTER",
            Self::ManagerOfRequesterOwner => "MANAGER_OF_REQUESTER_OWNER",
            Self::ManagerOfOwner => "MANAGER_OF_OWNER",
            Self::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            Self::ApplicationOwner => "APPLICATION_OWNER",
            Self::EntitlementOwner => "ENTITLEMENT_OWNER",
            Self::RoleOwner => "ROLE_OWNER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::RequestedTargetOwner => "REQUESTED_TARGET_OWNER",
            Self::AccessProfilePrimaryOwner => "ACCESS_PROFILE_PRIMARY_OWNER",
            Self::ApplicationPrimaryOwner => "APPLICATION_PRIMARY_OWNER",
            Self::EntitlementPrimaryOwner => "ENTITLEMENT_PRIMARY_OWNER",
            Self::RolePrimaryOwner => "ROLE_PRIMARY_OWNER",
            Self::SourcePrimaryOwner => "SOURCE_PRIMARY_OWNER",
            Self::AccountPrimaryOwner => "ACCOUNT_PRIMARY_OWNER",
            Self::MachineAccountPrimaryOwner => "MACHINE_ACCOUNT_PRIMARY_OWNER",
            Self::MachineIdentityPrimaryOwner => "MACHINE_IDENTITY_PRIMARY_OWNER",
            Self::RequestedTargetPrimaryOwner => "REQUESTED_TARGET_PRIMARY_OWNER",
            Self::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            Self::ApplicationSecondaryOwnerGroup => "APPLICATION_SECONDARY_OWNER_GROUP",
            Self::EntitlementSecondaryOwnerGroup => "ENTITLEMENT_SECONDARY_OWNER_GROUP",
            Self::RoleSecondaryOwnerGroup => "ROLE_SECONDARY_OWNER_GROUP",
            Self::SourceSecondaryOwnerGroup => "SOURCE_SECONDARY_OWNER_GROUP",
            Self::AccountSecondaryOwnerGroup => "ACCOUNT_SECONDARY_OWNER_GROUP",
            Self::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            Self::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            Self::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            Self::AccessProfileAllOwnerGroup => "ACCESS_PROFILE_ALL_OWNER_GROUP",
            Self::ApplicationAllOwnerGroup => "APPLICATION_ALL_OWNER_GROUP",
            Self::EntitlementAllOwnerGroup => "ENTITLEMENT_ALL_OWNER_GROUP",
            Self::RoleAllOwnerGroup => "ROLE_ALL_OWNER_GROUP",
            Self::SourceAllOwnerGroup => "SOURCE_ALL_OWNER_GROUP",
            Self::AccountAllOwnerGroup => "ACCOUNT_ALL_OWNER_GROUP",
            Self::MachineAccountAllOwnerGroup => "MACHINE_ACCOUNT_ALL_OWNER_GROUP",
            Self::MachineIdentityAllOwnerGroup => "MACHINE_IDENTITY_ALL_OWNER_GROUP",
            Self::RequestedTargetAllOwnerGroup => "REQUESTED_TARGET_ALL_OWNER_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalConfigSerialChainItemIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "MANAGER_OF" => Self::ManagerOf,
            "ACCOUNT_OWNER" => Self::AccountOwner,
            "MACHINE_ACCOUNT_OWNER" => Self::MachineAccountOwner,
            "MACHINE_IDENTITY_OWNER" => Self::MachineIdentityOwner,
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => Self::ManagerOfRequestedTargetOwner,
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => Self::ManagerOfMachineIdentityOwner,
            "MANAGER_OF_ACCOUNT_OWNER" => Self::ManagerOfAccountOwner,
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => Self::ManagerOfMachineAccountOwner,
            "MANAGER_OF_REQUESTER" => Self::ManagerOfRequester,
            "MANAGER_OF_REQUESTER_OWNER" => Self::ManagerOfRequesterOwner,
            "MANAGER_OF_OWNER" => Self::ManagerOfOwner,
            "ACCESS_PROFILE_OWNER" => Self::AccessProfileOwner,
            "APPLICATION_OWNER" => Self::ApplicationOwner,
            "ENTITLEMENT_OWNER" => Self::EntitlementOwner,
            "ROLE_OWNER" => Self::RoleOwner,
            "SOURCE_OWNER" => Self::SourceOwner,
            "REQUESTED_TARGET_OWNER" => Self::RequestedTargetOwner,
            "ACCESS_PROFILE_PRIMARY_OWNER" => Self::AccessProfilePrimaryOwner,
            "APPLICATION_PRIMARY_OWNER" => Self::ApplicationPrimaryOwner,
            "ENTITLEMENT_PRIMARY_OWNER" => Self::EntitlementPrimaryOwner,
            "ROLE_PRIMARY_OWNER" => Self::RolePrimaryOwner,
            "SOURCE_PRIMARY_OWNER" => Self::SourcePrimaryOwner,
            "ACCOUNT_PRIMARY_OWNER" => Self::AccountPrimaryOwner,
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => Self::MachineAccountPrimaryOwner,
            "MACHINE_IDENTITY_PRIMARY_OWNER" => Self::MachineIdentityPrimaryOwner,
            "REQUESTED_TARGET_PRIMARY_OWNER" => Self::RequestedTargetPrimaryOwner,
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                Self::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => Self::ApplicationSecondaryOwnerGroup,
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => Self::EntitlementSecondaryOwnerGroup,
            "ROLE_SECONDARY_OWNER_GROUP" => Self::RoleSecondaryOwnerGroup,
            "SOURCE_SECONDARY_OWNER_GROUP" => Self::SourceSecondaryOwnerGroup,
            "ACCOUNT_SECONDARY_OWNER_GROUP" => Self::AccountSecondaryOwnerGroup,
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                Self::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                Self::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                Self::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => Self::AccessProfileAllOwnerGroup,
            "APPLICATION_ALL_OWNER_GROUP" => Self::ApplicationAllOwnerGroup,
            "ENTITLEMENT_ALL_OWNER_GROUP" => Self::EntitlementAllOwnerGroup,
            "ROLE_ALL_OWNER_GROUP" => Self::RoleAllOwnerGroup,
            "SOURCE_ALL_OWNER_GROUP" => Self::SourceAllOwnerGroup,
            "ACCOUNT_ALL_OWNER_GROUP" => Self::AccountAllOwnerGroup,
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => Self::MachineAccountAllOwnerGroup,
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => Self::MachineIdentityAllOwnerGroup,
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => Self::RequestedTargetAllOwnerGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalConfigSerialChainItemIdentityType);
/// TimeoutConfig contains configurations around when the approval request should expire.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalConfigTimeoutConfig {
    /// Indicates if timeout is enabled.
    pub enabled: Option<bool>,
    /// Number of days until approval request times out. Max value is 90.
    pub days_until_timeout: Option<i64>,
    /// Result of timeout.
    pub timeout_result: Option<crate::ApprovalConfigTimeoutConfigTimeoutResult>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalConfigTimeoutConfig {
    /// Builds a `ApprovalConfigTimeoutConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalConfigTimeoutConfig {
    enabled: optional::<bool>(enabled),
    days_until_timeout: optional::<i64>(days_until_timeout),
    timeout_result: optional::<crate::ApprovalConfigTimeoutConfigTimeoutResult>(timeout_result),
});
crate::serde_helpers::serde_struct!(ApprovalConfigTimeoutConfig {
    enabled: optional("enabled"),
    days_until_timeout: optional("daysUntilTimeout"),
    timeout_result: optional("timeoutResult"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalConfigTimeoutConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.timeout_result, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Result of timeout.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigTimeoutConfigTimeoutResult {
    /// `EXPIRED`
    Expired,
    /// `APPROVED`
    Approved,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigTimeoutConfigTimeoutResult {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Expired => "EXPIRED",
            Self::Approved => "APPROVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalConfigTimeoutConfigTimeoutResult {
    fn from(value: &str) -> Self {
        match value {
            "EXPIRED" => Self::Expired,
            "APPROVED" => Self::Approved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalConfigTimeoutConfigTimeoutResult);
