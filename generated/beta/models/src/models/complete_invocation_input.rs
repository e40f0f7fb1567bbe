#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompleteInvocationInput {
    #[serde(
        rename = "localizedError",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub localized_error: Option<Option<crate::LocalizedMessage>>,
    /// Trigger output that completed the invocation. Its schema is defined in the trigger definition.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub output: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompleteInvocationInput {
    /// Builds a `CompleteInvocationInput` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for CompleteInvocationInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.localized_error, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.output, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
