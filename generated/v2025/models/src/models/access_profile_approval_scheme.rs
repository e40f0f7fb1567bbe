#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
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
    #[serde(rename = "approverType", default, skip_serializing_if = "Option::is_none")]
    pub approver_type: Option<crate::AccessProfileApprovalSchemeApproverType>,
    /// Id of the specific approver, used when approverType is GOVERNANCE_GROUP, WORKFLOW, or ADDITIONAL_GOVERNANCE_GROUP.
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
impl AccessProfileApprovalScheme {
    /// Builds a `AccessProfileApprovalScheme` with every field unset.
    pub fn new() -> Self {
        Self {
            approver_type: None,
            approver_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileApprovalScheme {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approver_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
