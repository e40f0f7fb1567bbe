#[derive(Debug, Clone, PartialEq)]
pub struct ValidateFilterInputDto {
    /// Mock input to evaluate filter expression against.
    pub input: ::serde_json::Value,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    pub filter: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ValidateFilterInputDto {
    /// Builds a `ValidateFilterInputDto` from its required fields; the others are unset.
    pub fn new(
        input: impl Into<::serde_json::Value>,
        filter: impl Into<String>,
    ) -> Self {
        Self {
            input: input.into(),
            filter: filter.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ValidateFilterInputDto {
    input: required("input"),
    filter: required("filter"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ValidateFilterInputDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
