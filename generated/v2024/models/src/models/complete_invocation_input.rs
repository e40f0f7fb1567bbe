#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompleteInvocationInput {
    pub localized_error: Option<Option<crate::LocalizedMessage>>,
    /// Trigger output that completed the invocation. Its schema is defined in the trigger definition.
    pub output: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CompleteInvocationInput {
    /// Builds a `CompleteInvocationInput` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CompleteInvocationInput {
    localized_error: nullable::<crate::LocalizedMessage>(localized_error, localized_error_null),
    output: nullable_json::<::serde_json::Value>(output, output_null),
});
crate::serde_helpers::serde_struct!(CompleteInvocationInput {
    localized_error: nullable("localizedError"),
    output: nullable("output"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CompleteInvocationInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.localized_error, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.output, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
