/// Approval Identity Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalIdentity {
    /// Email address.
    pub email: Option<String>,
    /// Identity ID of the type of identity defined in the 'type' field.
    pub identity_id: Option<String>,
    /// List of members of a governance group. Will be omitted if the identity is not a governance group.
    pub members: Option<Vec<crate::ApprovalIdentityMembersItem>>,
    /// Name of the identity.
    pub name: Option<String>,
    /// List of owned items. For example, will show the items in which a ROLE_OWNER owns. Omitted if not an owner of anything.
    pub owner_of: Option<Vec<crate::ApprovalIdentityOwnerOfItem>>,
    /// The serial step of the identity in the approval. For example serialOrder 1 is the first identity to action in an approval request chain. Parallel approvals are set to 0.
    pub serial_order: Option<i64>,
    /// Type of identityID.
    pub r#type: Option<crate::ApprovalIdentityType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalIdentity {
    /// Builds a `ApprovalIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalIdentity {
    email: optional::<String>(email),
    identity_id: optional::<String>(identity_id),
    members: optional::<Vec<crate::ApprovalIdentityMembersItem>>(members),
    name: optional::<String>(name),
    owner_of: optional::<Vec<crate::ApprovalIdentityOwnerOfItem>>(owner_of),
    serial_order: optional::<i64>(serial_order),
    r#type: optional::<crate::ApprovalIdentityType>(r#type),
});
crate::serde_helpers::serde_struct!(ApprovalIdentity {
    email: optional("email"),
    identity_id: optional("identityID"),
    members: optional("members"),
    name: optional("name"),
    owner_of: optional("ownerOf"),
    serial_order: optional("serialOrder"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.members, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_of, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalIdentityMembersItem {
    /// Email of the member.
    pub email: Option<String>,
    /// ID of the member.
    pub id: Option<String>,
    /// Name of the member.
    pub name: Option<String>,
    /// Type of the member.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalIdentityMembersItem {
    /// Builds a `ApprovalIdentityMembersItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalIdentityMembersItem {
    email: optional::<String>(email),
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(ApprovalIdentityMembersItem {
    email: optional("email"),
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalIdentityMembersItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalIdentityOwnerOfItem {
    /// ID of the object that is owned.
    pub id: Option<String>,
    /// Name of the object that is owned.
    pub name: Option<String>,
    /// Type of the object that is owned.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalIdentityOwnerOfItem {
    /// Builds a `ApprovalIdentityOwnerOfItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalIdentityOwnerOfItem {
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(ApprovalIdentityOwnerOfItem {
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalIdentityOwnerOfItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of identityID.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalIdentityType {
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
impl ApprovalIdentityType {
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
impl From<&str> for ApprovalIdentityType {
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
crate::serde_helpers::string_enum!(ApprovalIdentityType);
