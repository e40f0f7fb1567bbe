#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProvisioningCompleted {
    /// Provisioning request's reference number. Useful for tracking status in the 'Account Activity' search interface.
    #[serde(rename = "trackingNumber")]
    pub tracking_number: String,
    /// Sources the provisioning transactions were performed on. Sources are comma separated.
    pub sources: String,
    /// Origin of the provisioning request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub action: Option<Option<String>>,
    /// List of any accumulated error messages that occurred during provisioning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub errors: Option<Option<Vec<String>>>,
    /// List of any accumulated warning messages that occurred during provisioning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub warnings: Option<Option<Vec<String>>>,
    /// Provisioning recpient.
    pub recipient: crate::ProvisioningCompletedRecipient,
    /// Provisioning requester's identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub requester: Option<Option<crate::ProvisioningCompletedRequester>>,
    /// List of provisioning instructions to perform on an account-by-account basis.
    #[serde(rename = "accountRequests")]
    pub account_requests: Vec<crate::ProvisioningCompletedAccountRequestsItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ProvisioningCompleted {
    /// Builds a `ProvisioningCompleted` from its required fields; the others are unset.
    pub fn new(
        tracking_number: String,
        sources: String,
        recipient: crate::ProvisioningCompletedRecipient,
        account_requests: Vec<crate::ProvisioningCompletedAccountRequestsItem>,
    ) -> Self {
        Self {
            tracking_number,
            sources,
            action: None,
            errors: None,
            warnings: None,
            recipient,
            requester: None,
            account_requests,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ProvisioningCompleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.recipient, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
