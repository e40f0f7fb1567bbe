/// AccountActivity
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountActivitySearchedItem {
    /// ID of account activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of action performed in the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synced: Option<String>,
    /// Activity's current stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// Activity's current status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<crate::ActivityIdentity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<crate::ActivityIdentity>,
    /// Account activity's tracking number.
    #[serde(rename = "trackingNumber", default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// Errors provided by the source while completing account actions.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub errors: Option<Option<Vec<String>>>,
    /// Warnings provided by the source while completing account actions.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub warnings: Option<Option<Vec<String>>>,
    /// Approvals performed on an item during activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approvals: Option<Vec<crate::Approval>>,
    /// Original actions that triggered all individual source actions related to the account action.
    #[serde(
        rename = "originalRequests",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub original_requests: Option<Vec<crate::OriginalRequest>>,
    /// Controls that translated the attribute requests into actual provisioning actions on the source.
    #[serde(rename = "expansionItems", default, skip_serializing_if = "Option::is_none")]
    pub expansion_items: Option<Vec<crate::ExpansionItem>>,
    /// Account data for each individual source action triggered by the original requests.
    #[serde(
        rename = "accountRequests",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub account_requests: Option<Vec<crate::AccountRequest>>,
    /// Sources involved in the account activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountActivitySearchedItem {
    /// Builds a `AccountActivitySearchedItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for AccountActivitySearchedItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipient, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approvals, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.original_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.expansion_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
