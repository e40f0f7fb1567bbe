#[derive(Debug, Clone, PartialEq, Default)]
pub struct Children {
    pub operator: Option<String>,
    pub attribute: Option<String>,
    pub value: Option<Option<crate::ValueModel>>,
    pub children: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Children {
    /// Builds a `Children` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Children {
    operator: optional::<String>(operator),
    attribute: optional::<String>(attribute),
    value: nullable::<crate::ValueModel>(value, value_null),
    children: nullable::<String>(children, children_null),
});
crate::serde_helpers::serde_struct!(Children {
    operator: optional("operator"),
    attribute: optional("attribute"),
    value: nullable("value"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Children {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
