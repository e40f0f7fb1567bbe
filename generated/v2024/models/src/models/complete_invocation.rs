#[derive(Debug, Clone, PartialEq)]
pub struct CompleteInvocation {
    /// Unique invocation secret that was generated when the invocation was created. Required to authenticate to the endpoint.
    pub secret: String,
    /// The error message to indicate a failed invocation or error if any.
    pub error: Option<String>,
    /// Trigger output to complete the invocation. Its schema is defined in the trigger definition.
    pub output: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CompleteInvocation {
    /// Builds a `CompleteInvocation` from its required fields; the others are unset.
    pub fn new(
        secret: impl Into<String>,
        output: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            secret: secret.into(),
            error: None,
            output: output.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CompleteInvocation {
    error: optional::<String>(error),
});
crate::serde_helpers::serde_struct!(CompleteInvocation {
    secret: required("secret"),
    error: optional("error"),
    output: required("output"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CompleteInvocation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.output, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
