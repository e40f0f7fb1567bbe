#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestItemResponse {
    /// the access request item operation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// the access item type
    #[serde(rename = "accessItemType", default, skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<String>,
    /// the name of access request item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// the final decision for the access request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<crate::AccessRequestItemResponseDecision>,
    /// the description of access request item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// the source id
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// the source Name
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    #[serde(rename = "approvalInfos", default, skip_serializing_if = "Option::is_none")]
    pub approval_infos: Option<Vec<crate::ApprovalInfoResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestItemResponse {
    /// Builds a `AccessRequestItemResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            operation: None,
            access_item_type: None,
            name: None,
            decision: None,
            description: None,
            source_id: None,
            source_name: None,
            approval_infos: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestItemResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_infos, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
