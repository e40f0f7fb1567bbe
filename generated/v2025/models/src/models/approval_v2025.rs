#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalV2025 {
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalV2025 {
    /// Builds a `ApprovalV2025` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalV2025 {
    comments: optional::<Vec<crate::ApprovalComment2>>(comments),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    owner: optional::<crate::ActivityIdentity>(owner),
    result: optional::<String>(result),
    attribute_request: optional::<crate::AttributeRequest>(attribute_request),
    source: optional::<crate::AccountSource>(source),
});
crate::serde_helpers::serde_struct!(ApprovalV2025 {
    comments: optional("comments"),
    modified: nullable("modified"),
    owner: optional("owner"),
    result: optional("result"),
    attribute_request: optional("attributeRequest"),
    source: optional("source"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalV2025 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.comments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
