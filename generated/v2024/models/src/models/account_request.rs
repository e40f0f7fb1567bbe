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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountRequest {
    /// Builds a `AccountRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountRequest {
    account_id: optional::<String>(account_id),
    attribute_requests: optional::<Vec<crate::AttributeRequest>>(attribute_requests),
    op: optional::<String>(op),
    provisioning_target: optional::<crate::AccountSource>(provisioning_target),
    result: optional::<crate::AccountRequestResult>(result),
    source: optional::<crate::AccountSource>(source),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountRequestResult {
    /// Builds a `AccountRequestResult` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountRequestResult {
    errors: optional::<Vec<String>>(errors),
    status: optional::<String>(status),
    ticket_id: nullable::<String>(ticket_id, ticket_id_null),
});
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
