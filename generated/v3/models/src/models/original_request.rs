#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OriginalRequest {
    /// Account ID.
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<crate::ResultModel>,
    /// Attribute changes requested for account.
    #[serde(
        rename = "attributeRequests",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub attribute_requests: Option<Vec<crate::AttributeRequest>>,
    /// Operation used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<String>,
    /// Account's source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::AccountSource>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for OriginalRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.result, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
