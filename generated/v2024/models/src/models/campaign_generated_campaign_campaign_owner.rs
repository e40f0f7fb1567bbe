/// The identity that owns the campaign.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignGeneratedCampaignCampaignOwner {
    /// The unique ID of the identity.
    pub id: String,
    /// The display name of the identity.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// The primary email address of the identity.
    pub email: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignGeneratedCampaignCampaignOwner {
    /// Builds a `CampaignGeneratedCampaignCampaignOwner` from its required fields; the others are unset.
    pub fn new(id: String, display_name: String, email: String) -> Self {
        Self {
            id,
            display_name,
            email,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignGeneratedCampaignCampaignOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
