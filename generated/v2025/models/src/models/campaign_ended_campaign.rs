/// Details about the certification campaign that ended.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignEndedCampaign {
    /// Unique ID for the campaign.
    pub id: String,
    /// The human friendly name of the campaign.
    pub name: String,
    /// Extended description of the campaign.
    pub description: String,
    /// The date and time the campaign was created.
    pub created: crate::primitives::DateTime,
    /// The date and time the campaign was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// The date and time the campaign is due.
    pub deadline: crate::primitives::DateTime,
    /// The type of campaign.
    pub r#type: crate::CampaignEndedCampaignType,
    /// Details of the identity that owns the campaign.
    #[serde(rename = "campaignOwner")]
    pub campaign_owner: crate::CampaignEndedCampaignCampaignOwner,
    /// The current status of the campaign.
    pub status: crate::CampaignEndedCampaignStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignEndedCampaign {
    /// Builds a `CampaignEndedCampaign` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        description: String,
        created: crate::primitives::DateTime,
        deadline: crate::primitives::DateTime,
        r#type: crate::CampaignEndedCampaignType,
        campaign_owner: crate::CampaignEndedCampaignCampaignOwner,
        status: crate::CampaignEndedCampaignStatus,
    ) -> Self {
        Self {
            id,
            name,
            description,
            created,
            modified: None,
            deadline,
            r#type,
            campaign_owner,
            status,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignEndedCampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
