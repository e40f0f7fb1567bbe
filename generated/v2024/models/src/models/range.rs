/// The range of values to be filtered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Range {
    /// The lower bound of the range.
    pub lower: Option<crate::Bound>,
    /// The upper bound of the range.
    pub upper: Option<crate::Bound>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Range {
    /// Builds a `Range` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Range {
    lower: optional::<crate::Bound>(lower),
    upper: optional::<crate::Bound>(upper),
});
crate::serde_helpers::serde_struct!(Range {
    lower: optional("lower"),
    upper: optional("upper"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Range {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.lower, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.upper, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
