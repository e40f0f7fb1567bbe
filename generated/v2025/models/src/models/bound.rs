#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    /// The value of the range's endpoint.
    pub value: String,
    /// Indicates if the endpoint is included in the range.
    pub inclusive: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Bound {
    /// Builds a `Bound` from its required fields; the others are unset.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            inclusive: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Bound {
    inclusive: optional::<bool>(inclusive),
});
crate::serde_helpers::serde_struct!(Bound {
    value: required("value"),
    inclusive: optional("inclusive"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Bound {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
