/// Details about the certification campaign that was activated.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignActivatedCampaign {
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
    pub r#type: crate::CampaignActivatedCampaignType,
    /// Details of the identity that owns the campaign.
    #[serde(rename = "campaignOwner")]
    pub campaign_owner: crate::CampaignActivatedCampaignCampaignOwner,
    /// The current status of the campaign.
    pub status: crate::CampaignActivatedCampaignStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignActivatedCampaign {
    /// Builds a `CampaignActivatedCampaign` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        description: String,
        created: crate::primitives::DateTime,
        deadline: crate::primitives::DateTime,
        r#type: crate::CampaignActivatedCampaignType,
        campaign_owner: crate::CampaignActivatedCampaignCampaignOwner,
        status: crate::CampaignActivatedCampaignStatus,
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
impl crate::serde_helpers::SchemaFit for CampaignActivatedCampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
