#[derive(Debug, Clone, PartialEq)]
pub struct Selector {
    pub r#type: crate::SelectorType,
    /// The selected values.
    pub values: Vec<String>,
    /// The selected interval for RANGE selectors.
    pub interval: Option<Option<i32>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Selector {
    /// Builds a `Selector` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::SelectorType>,
        values: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            values: values.into(),
            interval: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Selector {
    interval: nullable::<i32>(interval, interval_null),
});
crate::serde_helpers::serde_struct!(Selector {
    r#type: required("type"),
    values: required("values"),
    interval: nullable("interval"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Selector {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
