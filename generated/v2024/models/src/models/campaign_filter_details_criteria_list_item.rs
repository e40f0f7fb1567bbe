#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignFilterDetailsCriteriaListItem {
    pub r#type: crate::CriteriaType,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub operation: Option<Option<crate::Operation>>,
    /// Specified key from the type of criteria.
    pub property: Option<String>,
    /// Value for the specified key from the type of criteria.
    pub value: Option<String>,
    /// If true, the filter will negate the result of the criteria.
    #[serde(rename = "negateResult", default, skip_serializing_if = "Option::is_none")]
    pub negate_result: Option<bool>,
    /// If true, the filter will short circuit the evaluation of the criteria.
    #[serde(rename = "shortCircuit", default, skip_serializing_if = "Option::is_none")]
    pub short_circuit: Option<bool>,
    /// If true, the filter will record child matches for the criteria.
    #[serde(
        rename = "recordChildMatches",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub record_child_matches: Option<bool>,
    /// The unique ID of the criteria.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// If this value is true, then matched items will not only be excluded from the campaign, they will also not have archived certification items created.
    /// Such items will not appear in the exclusion report.
    #[serde(
        rename = "suppressMatchedItems",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub suppress_matched_items: Option<bool>,
    /// List of child criteria.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignFilterDetailsCriteriaListItem {
    /// Builds a `CampaignFilterDetailsCriteriaListItem` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::CriteriaType,
        property: Option<String>,
        value: Option<String>,
    ) -> Self {
        Self {
            r#type,
            operation: None,
            property,
            value,
            negate_result: None,
            short_circuit: None,
            record_child_matches: None,
            id: None,
            suppress_matched_items: None,
            children: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignFilterDetailsCriteriaListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
