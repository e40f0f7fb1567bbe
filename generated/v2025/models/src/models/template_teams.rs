#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateTeams {
    /// The template key
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub key: Option<Option<String>>,
    /// The title of the Teams message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub title: Option<Option<String>>,
    /// The main text content of the Teams message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// JSON string of the Teams adaptive card
    #[serde(
        rename = "messageJSON",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub message_json: Option<Option<String>>,
    /// Whether this is a subscription notification
    #[serde(
        rename = "isSubscription",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub is_subscription: Option<Option<bool>>,
    /// The approval request ID
    #[serde(
        rename = "approvalId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub approval_id: Option<Option<String>>,
    /// The request ID
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub request_id: Option<Option<String>>,
    /// The ID of the user who made the request
    #[serde(
        rename = "requestedById",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub requested_by_id: Option<Option<String>>,
    /// The type of notification
    #[serde(
        rename = "notificationType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub notification_type: Option<Option<String>>,
    #[serde(
        rename = "autoApprovalData",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub auto_approval_data: Option<Option<crate::TemplateTeamsAutoApprovalData>>,
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub custom_fields: Option<Option<crate::TemplateTeamsCustomFields>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateTeams {
    /// Builds a `TemplateTeams` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for TemplateTeams {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_approval_data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.custom_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
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
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for TemplateTeamsAutoApprovalData {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateTeamsCustomFields {
    /// The type of request
    #[serde(
        rename = "requestType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub request_type: Option<Option<String>>,
    /// Whether the request contains a deny action
    #[serde(
        rename = "containsDeny",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub contains_deny: Option<Option<String>>,
    /// The campaign ID
    #[serde(
        rename = "campaignId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub campaign_id: Option<Option<String>>,
    /// The campaign status
    #[serde(
        rename = "campaignStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub campaign_status: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateTeamsCustomFields {
    /// Builds a `TemplateTeamsCustomFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for TemplateTeamsCustomFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
