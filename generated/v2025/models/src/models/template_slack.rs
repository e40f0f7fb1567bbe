#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateSlack {
    /// The template key
    pub key: Option<Option<String>>,
    /// The main text content of the Slack message
    pub text: Option<String>,
    /// JSON string of Slack Block Kit blocks for rich formatting
    pub blocks: Option<Option<String>>,
    /// JSON string of Slack attachments
    pub attachments: Option<String>,
    /// The type of notification
    pub notification_type: Option<Option<String>>,
    /// The approval request ID
    pub approval_id: Option<Option<String>>,
    /// The request ID
    pub request_id: Option<Option<String>>,
    /// The ID of the user who made the request
    pub requested_by_id: Option<Option<String>>,
    /// Whether this is a subscription notification
    pub is_subscription: Option<Option<bool>>,
    pub auto_approval_data: Option<Option<crate::TemplateSlackAutoApprovalData>>,
    pub custom_fields: Option<Option<crate::TemplateSlackCustomFields>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TemplateSlack {
    /// Builds a `TemplateSlack` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TemplateSlack {
    key: nullable::<String>(key, key_null),
    text: optional::<String>(text),
    blocks: nullable::<String>(blocks, blocks_null),
    attachments: optional::<String>(attachments),
    notification_type: nullable::<String>(notification_type, notification_type_null),
    approval_id: nullable::<String>(approval_id, approval_id_null),
    request_id: nullable::<String>(request_id, request_id_null),
    requested_by_id: nullable::<String>(requested_by_id, requested_by_id_null),
    is_subscription: nullable::<bool>(is_subscription, is_subscription_null),
    auto_approval_data: nullable::<crate::TemplateSlackAutoApprovalData>(auto_approval_data, auto_approval_data_null),
    custom_fields: nullable::<crate::TemplateSlackCustomFields>(custom_fields, custom_fields_null),
});
crate::serde_helpers::serde_struct!(TemplateSlack {
    key: nullable("key"),
    text: optional("text"),
    blocks: nullable("blocks"),
    attachments: optional("attachments"),
    notification_type: nullable("notificationType"),
    approval_id: nullable("approvalId"),
    request_id: nullable("requestId"),
    requested_by_id: nullable("requestedById"),
    is_subscription: nullable("isSubscription"),
    auto_approval_data: nullable("autoApprovalData"),
    custom_fields: nullable("customFields"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateSlack {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_approval_data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.custom_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateSlackAutoApprovalData {
    /// Whether the request was auto-approved
    pub is_auto_approved: Option<Option<String>>,
    /// The item ID
    pub item_id: Option<Option<String>>,
    /// The item type
    pub item_type: Option<Option<String>>,
    /// JSON message for auto-approval
    pub auto_approval_message_json: Option<Option<String>>,
    /// Title for auto-approval
    pub auto_approval_title: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TemplateSlackAutoApprovalData {
    /// Builds a `TemplateSlackAutoApprovalData` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TemplateSlackAutoApprovalData {
    is_auto_approved: nullable::<String>(is_auto_approved, is_auto_approved_null),
    item_id: nullable::<String>(item_id, item_id_null),
    item_type: nullable::<String>(item_type, item_type_null),
    auto_approval_message_json: nullable::<String>(auto_approval_message_json, auto_approval_message_json_null),
    auto_approval_title: nullable::<String>(auto_approval_title, auto_approval_title_null),
});
crate::serde_helpers::serde_struct!(TemplateSlackAutoApprovalData {
    is_auto_approved: nullable("isAutoApproved"),
    item_id: nullable("itemId"),
    item_type: nullable("itemType"),
    auto_approval_message_json: nullable("autoApprovalMessageJSON"),
    auto_approval_title: nullable("autoApprovalTitle"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateSlackAutoApprovalData {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateSlackCustomFields {
    /// The type of request
    pub request_type: Option<Option<String>>,
    /// Whether the request contains a deny action
    pub contains_deny: Option<Option<String>>,
    /// The campaign ID
    pub campaign_id: Option<Option<String>>,
    /// The campaign status
    pub campaign_status: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TemplateSlackCustomFields {
    /// Builds a `TemplateSlackCustomFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TemplateSlackCustomFields {
    request_type: nullable::<String>(request_type, request_type_null),
    contains_deny: nullable::<String>(contains_deny, contains_deny_null),
    campaign_id: nullable::<String>(campaign_id, campaign_id_null),
    campaign_status: nullable::<String>(campaign_status, campaign_status_null),
});
crate::serde_helpers::serde_struct!(TemplateSlackCustomFields {
    request_type: nullable("requestType"),
    contains_deny: nullable("containsDeny"),
    campaign_id: nullable("campaignId"),
    campaign_status: nullable("campaignStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateSlackCustomFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
