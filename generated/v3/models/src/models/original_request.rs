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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OriginalRequest {
    /// Builds a `OriginalRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<crate::ResultModel>) -> Self {
        self.result = Some(value.into());
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
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::AccountSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}
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
