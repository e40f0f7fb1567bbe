/// The nested aggregation object.
#[derive(Debug, Clone, PartialEq)]
pub struct NestedAggregation {
    /// The name of the nested aggregate to be included in the result.
    pub name: String,
    /// The type of the nested object.
    pub r#type: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NestedAggregation {
    /// Builds a `NestedAggregation` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(NestedAggregation {
    name: required("name"),
    r#type: required("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NestedAggregation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
