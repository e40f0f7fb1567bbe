#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignEnded {
    /// Details about the certification campaign that ended.
    pub campaign: crate::CampaignEndedCampaign,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignEnded {
    /// Builds a `CampaignEnded` from its required fields; the others are unset.
    pub fn new(campaign: crate::CampaignEndedCampaign) -> Self {
        Self {
            campaign,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignEnded {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
