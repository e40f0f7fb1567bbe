#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalV2024 {
    pub comments: Option<Vec<crate::ApprovalComment2>>,
    /// A date-time in ISO-8601 format
    pub modified: Option<Option<crate::primitives::DateTime>>,
    pub owner: Option<crate::ActivityIdentity>,
    /// The result of the approval
    pub result: Option<String>,
    pub attribute_request: Option<crate::AttributeRequest>,
    pub source: Option<crate::AccountSource>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalV2024 {
    /// Builds a `ApprovalV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `comments`.
    pub fn comments(mut self, value: impl Into<Vec<crate::ApprovalComment2>>) -> Self {
        self.comments = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::ActivityIdentity>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
    /// Sets `attribute_request`.
    pub fn attribute_request(
        mut self,
        value: impl Into<crate::AttributeRequest>,
    ) -> Self {
        self.attribute_request = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::AccountSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ApprovalV2024 {
    comments: optional("comments"),
    modified: nullable("modified"),
    owner: optional("owner"),
    result: optional("result"),
    attribute_request: optional("attributeRequest"),
    source: optional("source"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.comments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
