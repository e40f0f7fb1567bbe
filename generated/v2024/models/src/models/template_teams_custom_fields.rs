#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateTeamsCustomFields {
    /// The type of request
    #[serde(
        rename = "requestType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub request_type: Option<Option<String>>,
    /// Whether the request contains a deny action
    #[serde(
        rename = "containsDeny",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub contains_deny: Option<Option<String>>,
    /// The campaign ID
    #[serde(
        rename = "campaignId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub campaign_id: Option<Option<String>>,
    /// The campaign status
    #[serde(
        rename = "campaignStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub campaign_status: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateTeamsCustomFields {
    /// Builds a `TemplateTeamsCustomFields` with every field unset.
    pub fn new() -> Self {
        Self {
            request_type: None,
            contains_deny: None,
            campaign_id: None,
            campaign_status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for TemplateTeamsCustomFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
