/// Campaign Filter Details
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignFilterDetails {
    /// The unique ID of the campaign filter
    pub id: String,
    /// Campaign filter name.
    pub name: String,
    /// Campaign filter description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Owner of the filter. This field automatically populates at creation time with the current user.
    pub owner: Option<String>,
    /// Mode/type of filter, either the INCLUSION or EXCLUSION type. The INCLUSION type includes the data in generated campaigns  as per specified in the criteria, whereas the EXCLUSION type excludes the data in generated campaigns as per specified in criteria.
    pub mode: crate::CampaignFilterDetailsMode,
    /// List of criteria.
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<crate::CampaignFilterDetailsCriteriaListItem>>,
    /// If true, the filter is created by the system. If false, the filter is created by a user.
    #[serde(rename = "isSystemFilter")]
    pub is_system_filter: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignFilterDetails {
    /// Builds a `CampaignFilterDetails` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        owner: Option<String>,
        mode: crate::CampaignFilterDetailsMode,
        is_system_filter: bool,
    ) -> Self {
        Self {
            id,
            name,
            description: None,
            owner,
            mode,
            criteria_list: None,
            is_system_filter,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignFilterDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.mode, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
