#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateTeams {
    /// The template key
    pub key: Option<Option<String>>,
    /// The title of the Teams message
    pub title: Option<Option<String>>,
    /// The main text content of the Teams message
    pub text: Option<String>,
    /// JSON string of the Teams adaptive card
    pub message_json: Option<Option<String>>,
    /// Whether this is a subscription notification
    pub is_subscription: Option<Option<bool>>,
    /// The approval request ID
    pub approval_id: Option<Option<String>>,
    /// The request ID
    pub request_id: Option<Option<String>>,
    /// The ID of the user who made the request
    pub requested_by_id: Option<Option<String>>,
    /// The type of notification
    pub notification_type: Option<Option<String>>,
    pub auto_approval_data: Option<Option<crate::TemplateTeamsAutoApprovalData>>,
    pub custom_fields: Option<Option<crate::TemplateTeamsCustomFields>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateTeams {
    /// Builds a `TemplateTeams` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(Some(value.into()));
        self
    }
    /// Sets `key` to an explicit `null`.
    pub fn key_null(mut self) -> Self {
        self.key = Some(None);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(Some(value.into()));
        self
    }
    /// Sets `title` to an explicit `null`.
    pub fn title_null(mut self) -> Self {
        self.title = Some(None);
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `message_json`.
    pub fn message_json(mut self, value: impl Into<String>) -> Self {
        self.message_json = Some(Some(value.into()));
        self
    }
    /// Sets `message_json` to an explicit `null`.
    pub fn message_json_null(mut self) -> Self {
        self.message_json = Some(None);
        self
    }
    /// Sets `is_subscription`.
    pub fn is_subscription(mut self, value: impl Into<bool>) -> Self {
        self.is_subscription = Some(Some(value.into()));
        self
    }
    /// Sets `is_subscription` to an explicit `null`.
    pub fn is_subscription_null(mut self) -> Self {
        self.is_subscription = Some(None);
        self
    }
    /// Sets `approval_id`.
    pub fn approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = Some(Some(value.into()));
        self
    }
    /// Sets `approval_id` to an explicit `null`.
    pub fn approval_id_null(mut self) -> Self {
        self.approval_id = Some(None);
        self
    }
    /// Sets `request_id`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(Some(value.into()));
        self
    }
    /// Sets `request_id` to an explicit `null`.
    pub fn request_id_null(mut self) -> Self {
        self.request_id = Some(None);
        self
    }
    /// Sets `requested_by_id`.
    pub fn requested_by_id(mut self, value: impl Into<String>) -> Self {
        self.requested_by_id = Some(Some(value.into()));
        self
    }
    /// Sets `requested_by_id` to an explicit `null`.
    pub fn requested_by_id_null(mut self) -> Self {
        self.requested_by_id = Some(None);
        self
    }
    /// Sets `notification_type`.
    pub fn notification_type(mut self, value: impl Into<String>) -> Self {
        self.notification_type = Some(Some(value.into()));
        self
    }
    /// Sets `notification_type` to an explicit `null`.
    pub fn notification_type_null(mut self) -> Self {
        self.notification_type = Some(None);
        self
    }
    /// Sets `auto_approval_data`.
    pub fn auto_approval_data(
        mut self,
        value: impl Into<crate::TemplateTeamsAutoApprovalData>,
    ) -> Self {
        self.auto_approval_data = Some(Some(value.into()));
        self
    }
    /// Sets `auto_approval_data` to an explicit `null`.
    pub fn auto_approval_data_null(mut self) -> Self {
        self.auto_approval_data = Some(None);
        self
    }
    /// Sets `custom_fields`.
    pub fn custom_fields(
        mut self,
        value: impl Into<crate::TemplateTeamsCustomFields>,
    ) -> Self {
        self.custom_fields = Some(Some(value.into()));
        self
    }
    /// Sets `custom_fields` to an explicit `null`.
    pub fn custom_fields_null(mut self) -> Self {
        self.custom_fields = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(TemplateTeams {
    key: nullable("key"),
    title: nullable("title"),
    text: optional("text"),
    message_json: nullable("messageJSON"),
    is_subscription: nullable("isSubscription"),
    approval_id: nullable("approvalId"),
    request_id: nullable("requestId"),
    requested_by_id: nullable("requestedById"),
    notification_type: nullable("notificationType"),
    auto_approval_data: nullable("autoApprovalData"),
    custom_fields: nullable("customFields"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateTeams {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_approval_data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.custom_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateTeamsAutoApprovalData {
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateTeamsAutoApprovalData {
    /// Builds a `TemplateTeamsAutoApprovalData` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `is_auto_approved`.
    pub fn is_auto_approved(mut self, value: impl Into<String>) -> Self {
        self.is_auto_approved = Some(Some(value.into()));
        self
    }
    /// Sets `is_auto_approved` to an explicit `null`.
    pub fn is_auto_approved_null(mut self) -> Self {
        self.is_auto_approved = Some(None);
        self
    }
    /// Sets `item_id`.
    pub fn item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = Some(Some(value.into()));
        self
    }
    /// Sets `item_id` to an explicit `null`.
    pub fn item_id_null(mut self) -> Self {
        self.item_id = Some(None);
        self
    }
    /// Sets `item_type`.
    pub fn item_type(mut self, value: impl Into<String>) -> Self {
        self.item_type = Some(Some(value.into()));
        self
    }
    /// Sets `item_type` to an explicit `null`.
    pub fn item_type_null(mut self) -> Self {
        self.item_type = Some(None);
        self
    }
    /// Sets `auto_approval_message_json`.
    pub fn auto_approval_message_json(mut self, value: impl Into<String>) -> Self {
        self.auto_approval_message_json = Some(Some(value.into()));
        self
    }
    /// Sets `auto_approval_message_json` to an explicit `null`.
    pub fn auto_approval_message_json_null(mut self) -> Self {
        self.auto_approval_message_json = Some(None);
        self
    }
    /// Sets `auto_approval_title`.
    pub fn auto_approval_title(mut self, value: impl Into<String>) -> Self {
        self.auto_approval_title = Some(Some(value.into()));
        self
    }
    /// Sets `auto_approval_title` to an explicit `null`.
    pub fn auto_approval_title_null(mut self) -> Self {
        self.auto_approval_title = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(TemplateTeamsAutoApprovalData {
    is_auto_approved: nullable("isAutoApproved"),
    item_id: nullable("itemId"),
    item_type: nullable("itemType"),
    auto_approval_message_json: nullable("autoApprovalMessageJSON"),
    auto_approval_title: nullable("autoApprovalTitle"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateTeamsAutoApprovalData {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateTeamsCustomFields {
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateTeamsCustomFields {
    /// Builds a `TemplateTeamsCustomFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `request_type`.
    pub fn request_type(mut self, value: impl Into<String>) -> Self {
        self.request_type = Some(Some(value.into()));
        self
    }
    /// Sets `request_type` to an explicit `null`.
    pub fn request_type_null(mut self) -> Self {
        self.request_type = Some(None);
        self
    }
    /// Sets `contains_deny`.
    pub fn contains_deny(mut self, value: impl Into<String>) -> Self {
        self.contains_deny = Some(Some(value.into()));
        self
    }
    /// Sets `contains_deny` to an explicit `null`.
    pub fn contains_deny_null(mut self) -> Self {
        self.contains_deny = Some(None);
        self
    }
    /// Sets `campaign_id`.
    pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
        self.campaign_id = Some(Some(value.into()));
        self
    }
    /// Sets `campaign_id` to an explicit `null`.
    pub fn campaign_id_null(mut self) -> Self {
        self.campaign_id = Some(None);
        self
    }
    /// Sets `campaign_status`.
    pub fn campaign_status(mut self, value: impl Into<String>) -> Self {
        self.campaign_status = Some(Some(value.into()));
        self
    }
    /// Sets `campaign_status` to an explicit `null`.
    pub fn campaign_status_null(mut self) -> Self {
        self.campaign_status = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(TemplateTeamsCustomFields {
    request_type: nullable("requestType"),
    contains_deny: nullable("containsDeny"),
    campaign_id: nullable("campaignId"),
    campaign_status: nullable("campaignStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateTeamsCustomFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
