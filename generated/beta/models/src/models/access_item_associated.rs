#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessItemAssociated {
    /// the event type
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// the identity id
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    #[serde(rename = "accessItem")]
    pub access_item: crate::AccessItemAssociatedAccessItem,
    #[serde(rename = "governanceEvent")]
    pub governance_event: Option<crate::CorrelatedGovernanceEvent>,
    /// the access item type
    #[serde(rename = "accessItemType", default, skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<crate::AccessItemAssociatedAccessItemType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessItemAssociated {
    /// Builds a `AccessItemAssociated` from its required fields; the others are unset.
    pub fn new(
        access_item: crate::AccessItemAssociatedAccessItem,
        governance_event: Option<crate::CorrelatedGovernanceEvent>,
    ) -> Self {
        Self {
            event_type: None,
            date_time: None,
            identity_id: None,
            access_item,
            governance_event,
            access_item_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessItemAssociated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.governance_event, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
