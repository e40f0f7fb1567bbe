/// Details of the identity who owns the campaign.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignEndedCampaignCampaignOwner {
    /// Identity's unique ID.
    pub id: String,
    /// Identity's name.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Identity's primary email address.
    pub email: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignEndedCampaignCampaignOwner {
    /// Builds a `CampaignEndedCampaignCampaignOwner` from its required fields; the others are unset.
    pub fn new(id: String, display_name: String, email: String) -> Self {
        Self {
            id,
            display_name,
            email,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignEndedCampaignCampaignOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
