#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalSchemeForRole {
    /// Describes the individual or group that is responsible for an approval step. Values are as follows.
    ///
    /// **OWNER**: Owner of the associated Role
    ///
    /// **MANAGER**: Manager of the Identity making the request
    ///
    /// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
    ///
    /// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required.
    ///
    /// **ALL_OWNERS**: All owners of the Role, including the primary owner and any secondary owners
    ///
    /// **ADDITIONAL_OWNER**: An additional owner of the Role, the ID of which is specified by the **approverId** field
    ///
    /// **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field
    pub approver_type: Option<crate::ApprovalSchemeForRoleApproverType>,
    /// Id of the specific approver, used when approverType is GOVERNANCE_GROUP, WORKFLOW, or ADDITIONAL_GOVERNANCE_GROUP.
    pub approver_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalSchemeForRole {
    /// Builds a `ApprovalSchemeForRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalSchemeForRole {
    approver_type: optional::<crate::ApprovalSchemeForRoleApproverType>(approver_type),
    approver_id: nullable::<String>(approver_id, approver_id_null),
});
crate::serde_helpers::serde_struct!(ApprovalSchemeForRole {
    approver_type: optional("approverType"),
    approver_id: nullable("approverId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalSchemeForRole {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approver_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Describes the individual or group that is responsible for an approval step. Values are as follows.
///
/// **OWNER**: Owner of the associated Role
///
/// **MANAGER**: Manager of the Identity making the request
///
/// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
///
/// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required.
///
/// **ALL_OWNERS**: All owners of the Role, including the primary owner and any secondary owners
///
/// **ADDITIONAL_OWNER**: An additional owner of the Role, the ID of which is specified by the **approverId** field
///
/// **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalSchemeForRoleApproverType {
    /// `OWNER`
    Owner,
    /// `MANAGER`
    Manager,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `WORKFLOW`
    Workflow,
    /// `ALL_OWNERS`
    AllOwners,
    /// `ADDITIONAL_OWNER`
    AdditionalOwner,
    /// `ADDITIONAL_GOVERNANCE_GROUP`
    AdditionalGovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalSchemeForRoleApproverType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "OWNER",
            Self::Manager => "MANAGER",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Workflow => "WORKFLOW",
            Self::AllOwners => "ALL_OWNERS",
            Self::AdditionalOwner => "ADDITIONAL_OWNER",
            Self::AdditionalGovernanceGroup => "ADDITIONAL_GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalSchemeForRoleApproverType {
    fn from(value: &str) -> Self {
        match value {
            "OWNER" => Self::Owner,
            "MANAGER" => Self::Manager,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "WORKFLOW" => Self::Workflow,
            "ALL_OWNERS" => Self::AllOwners,
            "ADDITIONAL_OWNER" => Self::AdditionalOwner,
            "ADDITIONAL_GOVERNANCE_GROUP" => Self::AdditionalGovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalSchemeForRoleApproverType);
