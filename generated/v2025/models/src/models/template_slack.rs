#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateSlack {
    /// The template key
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub key: Option<Option<String>>,
    /// The main text content of the Slack message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// JSON string of Slack Block Kit blocks for rich formatting
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub blocks: Option<Option<String>>,
    /// JSON string of Slack attachments
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<String>,
    /// The type of notification
    #[serde(
        rename = "notificationType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub notification_type: Option<Option<String>>,
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
    /// Whether this is a subscription notification
    #[serde(
        rename = "isSubscription",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub is_subscription: Option<Option<bool>>,
    #[serde(
        rename = "autoApprovalData",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub auto_approval_data: Option<Option<crate::TemplateSlackAutoApprovalData>>,
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub custom_fields: Option<Option<crate::TemplateSlackCustomFields>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateSlack {
    /// Builds a `TemplateSlack` with every field unset.
    pub fn new() -> Self {
        Self {
            key: None,
            text: None,
            blocks: None,
            attachments: None,
            notification_type: None,
            approval_id: None,
            request_id: None,
            requested_by_id: None,
            is_subscription: None,
            auto_approval_data: None,
            custom_fields: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for TemplateSlack {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_approval_data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.custom_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
