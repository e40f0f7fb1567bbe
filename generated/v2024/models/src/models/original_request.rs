#[derive(Debug, Clone, PartialEq, Default)]
pub struct OriginalRequest {
    /// Account ID.
    pub account_id: Option<String>,
    pub result: Option<crate::ResultModel>,
    /// Attribute changes requested for account.
    pub attribute_requests: Option<Vec<crate::AttributeRequest>>,
    /// Operation used.
    pub op: Option<String>,
    /// Account's source.
    pub source: Option<crate::AccountSource>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OriginalRequest {
    /// Builds a `OriginalRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OriginalRequest {
    account_id: optional::<String>(account_id),
    result: optional::<crate::ResultModel>(result),
    attribute_requests: optional::<Vec<crate::AttributeRequest>>(attribute_requests),
    op: optional::<String>(op),
    source: optional::<crate::AccountSource>(source),
});
crate::serde_helpers::serde_struct!(OriginalRequest {
    account_id: optional("accountId"),
    result: optional("result"),
    attribute_requests: optional("attributeRequests"),
    op: optional("op"),
    source: optional("source"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OriginalRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.result, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
