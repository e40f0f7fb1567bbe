#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessItemRemoved {
    #[serde(rename = "accessItem")]
    pub access_item: crate::AccessItemRemovedAccessItem,
    /// the identity id
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the event type
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// the access item type
    #[serde(rename = "accessItemType", default, skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<crate::AccessItemRemovedAccessItemType>,
    #[serde(
        rename = "governanceEvent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub governance_event: Option<Option<crate::CorrelatedGovernanceEvent>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessItemRemoved {
    /// Builds a `AccessItemRemoved` from its required fields; the others are unset.
    pub fn new(access_item: crate::AccessItemRemovedAccessItem) -> Self {
        Self {
            access_item,
            identity_id: None,
            event_type: None,
            date_time: None,
            access_item_type: None,
            governance_event: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessItemRemoved {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.governance_event, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
