#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementApprovalScheme {
    /// Describes the individual or group that is responsible for an approval step. Values are as follows.
    ///
    /// **ENTITLEMENT_OWNER**: Owner of the associated Entitlement
    ///
    /// **SOURCE_OWNER**: Owner of the associated Source
    ///
    /// **MANAGER**: Manager of the Identity for whom the request is being made
    ///
    /// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
    ///
    /// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field, Workflows are exclusive to other types of approvals and License required.
    pub approver_type: Option<crate::EntitlementApprovalSchemeApproverType>,
    /// Id of the specific approver, used only when approverType is GOVERNANCE_GROUP or WORKFLOW
    pub approver_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementApprovalScheme {
    /// Builds a `EntitlementApprovalScheme` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementApprovalScheme {
    approver_type: optional::<crate::EntitlementApprovalSchemeApproverType>(approver_type),
    approver_id: nullable::<String>(approver_id, approver_id_null),
});
crate::serde_helpers::serde_struct!(EntitlementApprovalScheme {
    approver_type: optional("approverType"),
    approver_id: nullable("approverId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementApprovalScheme {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approver_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Describes the individual or group that is responsible for an approval step. Values are as follows.
///
/// **ENTITLEMENT_OWNER**: Owner of the associated Entitlement
///
/// **SOURCE_OWNER**: Owner of the associated Source
///
/// **MANAGER**: Manager of the Identity for whom the request is being made
///
/// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
///
/// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field, Workflows are exclusive to other types of approvals and License required.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntitlementApprovalSchemeApproverType {
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `MANAGER`
    Manager,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `WORKFLOW`
    Workflow,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl EntitlementApprovalSchemeApproverType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EntitlementOwner => "ENTITLEMENT_OWNER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::Manager => "MANAGER",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Workflow => "WORKFLOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EntitlementApprovalSchemeApproverType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT_OWNER" => Self::EntitlementOwner,
            "SOURCE_OWNER" => Self::SourceOwner,
            "MANAGER" => Self::Manager,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "WORKFLOW" => Self::Workflow,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(EntitlementApprovalSchemeApproverType);
