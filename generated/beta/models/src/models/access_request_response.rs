#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestResponse {
    /// the requester Id
    pub requester_id: Option<String>,
    /// the requesterName
    pub requester_name: Option<String>,
    pub items: Option<Vec<crate::AccessRequestItemResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestResponse {
    /// Builds a `AccessRequestResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `requester_id`.
    pub fn requester_id(mut self, value: impl Into<String>) -> Self {
        self.requester_id = Some(value.into());
        self
    }
    /// Sets `requester_name`.
    pub fn requester_name(mut self, value: impl Into<String>) -> Self {
        self.requester_name = Some(value.into());
        self
    }
    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl Into<Vec<crate::AccessRequestItemResponse>>,
    ) -> Self {
        self.items = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccessRequestResponse {
    requester_id: optional("requesterId"),
    requester_name: optional("requesterName"),
    items: optional("items"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
