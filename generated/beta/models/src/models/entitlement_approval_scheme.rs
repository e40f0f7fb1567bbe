#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
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
    #[serde(rename = "approverType", default, skip_serializing_if = "Option::is_none")]
    pub approver_type: Option<crate::EntitlementApprovalSchemeApproverType>,
    /// Id of the specific approver, used only when approverType is GOVERNANCE_GROUP or WORKFLOW
    #[serde(
        rename = "approverId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub approver_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementApprovalScheme {
    /// Builds a `EntitlementApprovalScheme` with every field unset.
    pub fn new() -> Self {
        Self {
            approver_type: None,
            approver_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for EntitlementApprovalScheme {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approver_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
