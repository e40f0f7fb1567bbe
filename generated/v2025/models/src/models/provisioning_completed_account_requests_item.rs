#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProvisioningCompletedAccountRequestsItem {
    /// Reference to the source being provisioned against.
    pub source: crate::ProvisioningCompletedAccountRequestsItemSource,
    /// The unique idenfier of the account being provisioned.
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The provisioning operation; typically Create, Modify, Enable, Disable, Unlock, or Delete.
    #[serde(rename = "accountOperation")]
    pub account_operation: String,
    /// The overall result of the provisioning transaction; this could be success, pending, failed, etc.
    #[serde(rename = "provisioningResult")]
    pub provisioning_result: crate::ProvisioningCompletedAccountRequestsItemProvisioningResult,
    /// The name of the provisioning channel selected; this could be the same as the source, or could be a Service Desk Integration Module (SDIM).
    #[serde(rename = "provisioningTarget")]
    pub provisioning_target: String,
    /// A reference to a tracking number, if this is sent to a Service Desk Integration Module (SDIM).
    #[serde(
        rename = "ticketId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub ticket_id: Option<Option<String>>,
    /// A list of attributes as part of the provisioning transaction.
    #[serde(
        rename = "attributeRequests",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attribute_requests: Option<
        Option<Vec<crate::ProvisioningCompletedAccountRequestsItemAttributeRequestsItem>>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ProvisioningCompletedAccountRequestsItem {
    /// Builds a `ProvisioningCompletedAccountRequestsItem` from its required fields; the others are unset.
    pub fn new(
        source: crate::ProvisioningCompletedAccountRequestsItemSource,
        account_operation: String,
        provisioning_result: crate::ProvisioningCompletedAccountRequestsItemProvisioningResult,
        provisioning_target: String,
    ) -> Self {
        Self {
            source,
            account_id: None,
            account_operation,
            provisioning_result,
            provisioning_target,
            ticket_id: None,
            attribute_requests: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ProvisioningCompletedAccountRequestsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_result, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
