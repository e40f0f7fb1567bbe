#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeChange {
    /// the attribute name
    pub name: Option<String>,
    /// the old value of attribute
    pub previous_value: Option<String>,
    /// the new value of attribute
    pub new_value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeChange {
    /// Builds a `AttributeChange` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeChange {
    name: optional::<String>(name),
    previous_value: optional::<String>(previous_value),
    new_value: optional::<String>(new_value),
});
crate::serde_helpers::serde_struct!(AttributeChange {
    name: optional("name"),
    previous_value: optional("previousValue"),
    new_value: optional("newValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeChange {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
