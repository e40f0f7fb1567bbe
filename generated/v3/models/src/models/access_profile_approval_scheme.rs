#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileApprovalScheme {
    /// Describes the individual or group that is responsible for an approval step. These are the possible values:
    /// **APP_OWNER**: The owner of the Application
    ///
    /// **OWNER**: Owner of the associated Access Profile or Role
    ///
    /// **SOURCE_OWNER**: Owner of the Source associated with an Access Profile
    ///
    /// **MANAGER**: Manager of the Identity making the request
    ///
    /// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
    ///
    /// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required.
    ///
    /// **ALL_OWNERS**: All owners of the Access Profile, including the primary owner and any secondary owners
    ///
    /// **ADDITIONAL_OWNER**: An additional owner of the Access Profile, the ID of which is specified by the **approverId** field
    ///
    /// **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field
    pub approver_type: Option<crate::AccessProfileApprovalSchemeApproverType>,
    /// Id of the specific approver, used when approverType is GOVERNANCE_GROUP, WORKFLOW, or ADDITIONAL_GOVERNANCE_GROUP.
    pub approver_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileApprovalScheme {
    /// Builds a `AccessProfileApprovalScheme` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileApprovalScheme {
    approver_type: optional::<crate::AccessProfileApprovalSchemeApproverType>(approver_type),
    approver_id: nullable::<String>(approver_id, approver_id_null),
});
crate::serde_helpers::serde_struct!(AccessProfileApprovalScheme {
    approver_type: optional("approverType"),
    approver_id: nullable("approverId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileApprovalScheme {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approver_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Describes the individual or group that is responsible for an approval step. These are the possible values:
/// **APP_OWNER**: The owner of the Application
///
/// **OWNER**: Owner of the associated Access Profile or Role
///
/// **SOURCE_OWNER**: Owner of the Source associated with an Access Profile
///
/// **MANAGER**: Manager of the Identity making the request
///
/// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
///
/// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required.
///
/// **ALL_OWNERS**: All owners of the Access Profile, including the primary owner and any secondary owners
///
/// **ADDITIONAL_OWNER**: An additional owner of the Access Profile, the ID of which is specified by the **approverId** field
///
/// **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessProfileApprovalSchemeApproverType {
    /// `APP_OWNER`
    AppOwner,
    /// `OWNER`
    Owner,
    /// `SOURCE_OWNER`
    SourceOwner,
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
impl AccessProfileApprovalSchemeApproverType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppOwner => "APP_OWNER",
            Self::Owner => "OWNER",
            Self::SourceOwner => "SOURCE_OWNER",
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
impl From<&str> for AccessProfileApprovalSchemeApproverType {
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => Self::AppOwner,
            "OWNER" => Self::Owner,
            "SOURCE_OWNER" => Self::SourceOwner,
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
crate::serde_helpers::string_enum!(AccessProfileApprovalSchemeApproverType);
