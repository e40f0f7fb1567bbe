/// Must be set only if the campaign type is SEARCH.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FullcampaignSearchCampaignInfo {
    /// The type of search campaign represented.
    pub r#type: crate::FullcampaignSearchCampaignInfoType,
    /// Describes this search campaign. Intended for storing the query used, and possibly the number of identities selected/available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<crate::FullcampaignSearchCampaignInfoReviewer>,
    /// The scope for the campaign. The campaign will cover identities returned by the query and identities that have access items returned by the query. One of `query` or `identityIds` must be set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// A direct list of identities to include in this campaign. One of `identityIds` or `query` must be set.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// Further reduces the scope of the campaign by excluding identities (from `query` or `identityIds`) that do not have this access.
    #[serde(
        rename = "accessConstraints",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_constraints: Option<Vec<crate::AccessConstraint>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FullcampaignSearchCampaignInfo {
    /// Builds a `FullcampaignSearchCampaignInfo` from its required fields; the others are unset.
    pub fn new(r#type: crate::FullcampaignSearchCampaignInfoType) -> Self {
        Self {
            r#type,
            description: None,
            reviewer: None,
            query: None,
            identity_ids: None,
            access_constraints: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FullcampaignSearchCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_constraints, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
