#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateTeamsAutoApprovalData {
    /// Whether the request was auto-approved
    #[serde(
        rename = "isAutoApproved",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub is_auto_approved: Option<Option<String>>,
    /// The item ID
    #[serde(
        rename = "itemId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub item_id: Option<Option<String>>,
    /// The item type
    #[serde(
        rename = "itemType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub item_type: Option<Option<String>>,
    /// JSON message for auto-approval
    #[serde(
        rename = "autoApprovalMessageJSON",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub auto_approval_message_json: Option<Option<String>>,
    /// Title for auto-approval
    #[serde(
        rename = "autoApprovalTitle",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub auto_approval_title: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateTeamsAutoApprovalData {
    /// Builds a `TemplateTeamsAutoApprovalData` with every field unset.
    pub fn new() -> Self {
        Self {
            is_auto_approved: None,
            item_id: None,
            item_type: None,
            auto_approval_message_json: None,
            auto_approval_title: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for TemplateTeamsAutoApprovalData {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
