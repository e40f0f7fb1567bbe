/// An additional filter to constrain the results of the search query.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterAggregation {
    /// The name of the filter aggregate to be included in the result.
    pub name: String,
    pub r#type: Option<crate::SearchFilterType>,
    /// The search field to apply the filter to.
    ///
    /// Prefix the field name with '@' to reference a nested object.
    pub field: String,
    /// The value to filter on.
    pub value: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FilterAggregation {
    /// Builds a `FilterAggregation` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        field: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            r#type: None,
            field: field.into(),
            value: value.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(FilterAggregation {
    r#type: optional::<crate::SearchFilterType>(r#type),
});
crate::serde_helpers::serde_struct!(FilterAggregation {
    name: required("name"),
    r#type: optional("type"),
    field: required("field"),
    value: required("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FilterAggregation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
