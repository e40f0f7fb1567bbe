#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValueModel {
    /// The type of attribute value
    pub r#type: Option<String>,
    /// The attribute value
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ValueModel {
    /// Builds a `ValueModel` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ValueModel {
    r#type: optional::<String>(r#type),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(ValueModel {
    r#type: optional("type"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ValueModel {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
