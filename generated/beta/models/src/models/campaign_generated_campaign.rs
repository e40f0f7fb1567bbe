/// Details about the campaign that was generated.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignGeneratedCampaign {
    /// Campaign's unique ID.
    pub id: String,
    /// Campaign's name.
    pub name: String,
    /// Campaign's extended description.
    pub description: String,
    /// Date and time when the campaign was created.
    pub created: crate::primitives::DateTime,
    /// Date and time when the campaign was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<String>>,
    /// Date and time when the campaign must be finished.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub deadline: Option<Option<String>>,
    /// Campaign's type.
    pub r#type: crate::CampaignGeneratedCampaignType,
    /// Identity who owns the campaign.
    #[serde(rename = "campaignOwner")]
    pub campaign_owner: crate::CampaignGeneratedCampaignCampaignOwner,
    /// Campaign's current status.
    pub status: crate::CampaignGeneratedCampaignStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignGeneratedCampaign {
    /// Builds a `CampaignGeneratedCampaign` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        description: String,
        created: crate::primitives::DateTime,
        r#type: crate::CampaignGeneratedCampaignType,
        campaign_owner: crate::CampaignGeneratedCampaignCampaignOwner,
        status: crate::CampaignGeneratedCampaignStatus,
    ) -> Self {
        Self {
            id,
            name,
            description,
            created,
            modified: None,
            deadline: None,
            r#type,
            campaign_owner,
            status,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignGeneratedCampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
