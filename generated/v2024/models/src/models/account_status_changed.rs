#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountStatusChanged {
    /// the event type
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the identity id
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    pub account: crate::AccountStatusChangedAccount,
    #[serde(rename = "statusChange")]
    pub status_change: crate::AccountStatusChangedStatusChange,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountStatusChanged {
    /// Builds a `AccountStatusChanged` from its required fields; the others are unset.
    pub fn new(
        account: crate::AccountStatusChangedAccount,
        status_change: crate::AccountStatusChangedStatusChange,
    ) -> Self {
        Self {
            event_type: None,
            identity_id: None,
            date_time: None,
            account,
            status_change,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountStatusChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status_change, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
