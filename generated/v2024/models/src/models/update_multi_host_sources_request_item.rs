/// A JSONPatch Operation as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateMultiHostSourcesRequestItem {
    /// The operation to be performed
    pub op: crate::UpdateMultiHostSourcesRequestItemOp,
    /// A string JSON Pointer representing the target path to an element to be affected by the operation
    pub path: String,
    /// The value to be used for the operation, required for "add" and "replace" operations
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub value: Option<crate::UpdateMultiHostSourcesRequestItemValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UpdateMultiHostSourcesRequestItem {
    /// Builds a `UpdateMultiHostSourcesRequestItem` from its required fields; the others are unset.
    pub fn new(op: crate::UpdateMultiHostSourcesRequestItemOp, path: String) -> Self {
        Self {
            op,
            path,
            value: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for UpdateMultiHostSourcesRequestItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.op, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
