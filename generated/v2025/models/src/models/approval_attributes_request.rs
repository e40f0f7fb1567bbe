/// Approval Attributes Request
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalAttributesRequest {
    /// Additional attributes as key-value pairs that are not part of the standard schema but can be included for custom data.
    pub additional_attributes: Option<::indexmap::IndexMap<String, String>>,
    /// Comment associated with the request.
    pub comment: Option<String>,
    /// List of attribute keys to be removed.
    pub remove_attribute_keys: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalAttributesRequest {
    /// Builds a `ApprovalAttributesRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalAttributesRequest {
    additional_attributes: optional::<::indexmap::IndexMap<String, String>>(additional_attributes),
    comment: optional::<String>(comment),
    remove_attribute_keys: optional::<Vec<String>>(remove_attribute_keys),
});
crate::serde_helpers::serde_struct!(ApprovalAttributesRequest {
    additional_attributes: optional("additionalAttributes"),
    comment: optional("comment"),
    remove_attribute_keys: optional("removeAttributeKeys"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalAttributesRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
