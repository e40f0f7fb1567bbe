/// An object referencing an SOD violation check
#[derive(Debug, Clone, PartialEq)]
pub struct SodViolationCheck {
    /// The id of the original request
    pub request_id: String,
    /// The date-time when this request was created.
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationCheck {
    /// Builds a `SodViolationCheck` from its required fields; the others are unset.
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            created: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SodViolationCheck {
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(SodViolationCheck {
    request_id: required("requestId"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationCheck {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
