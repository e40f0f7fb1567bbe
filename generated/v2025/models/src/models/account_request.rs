#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountRequest {
    /// Unique ID of the account
    pub account_id: Option<String>,
    pub attribute_requests: Option<Vec<crate::AttributeRequest>>,
    /// The operation that was performed
    pub op: Option<String>,
    pub provisioning_target: Option<crate::AccountSource>,
    pub result: Option<crate::AccountRequestResult>,
    pub source: Option<crate::AccountSource>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountRequest {
    /// Builds a `AccountRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `attribute_requests`.
    pub fn attribute_requests(
        mut self,
        value: impl Into<Vec<crate::AttributeRequest>>,
    ) -> Self {
        self.attribute_requests = Some(value.into());
        self
    }
    /// Sets `op`.
    pub fn op(mut self, value: impl Into<String>) -> Self {
        self.op = Some(value.into());
        self
    }
    /// Sets `provisioning_target`.
    pub fn provisioning_target(
        mut self,
        value: impl Into<crate::AccountSource>,
    ) -> Self {
        self.provisioning_target = Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<crate::AccountRequestResult>) -> Self {
        self.result = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::AccountSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccountRequest {
    account_id: optional("accountId"),
    attribute_requests: optional("attributeRequests"),
    op: optional("op"),
    provisioning_target: optional("provisioningTarget"),
    result: optional("result"),
    source: optional("source"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_target, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.result, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountRequestResult {
    /// Error message.
    pub errors: Option<Vec<String>>,
    /// The status of the account request
    pub status: Option<String>,
    /// ID of associated ticket.
    pub ticket_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountRequestResult {
    /// Builds a `AccountRequestResult` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `errors`.
    pub fn errors(mut self, value: impl Into<Vec<String>>) -> Self {
        self.errors = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `ticket_id`.
    pub fn ticket_id(mut self, value: impl Into<String>) -> Self {
        self.ticket_id = Some(Some(value.into()));
        self
    }
    /// Sets `ticket_id` to an explicit `null`.
    pub fn ticket_id_null(mut self) -> Self {
        self.ticket_id = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(AccountRequestResult {
    errors: optional("errors"),
    status: optional("status"),
    ticket_id: nullable("ticketId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountRequestResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
