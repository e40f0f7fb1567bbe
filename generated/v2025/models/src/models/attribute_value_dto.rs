#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeValueDto {
    /// Technical name of the Attribute value. This is unique and cannot be changed after creation.
    pub value: Option<String>,
    /// The display name of the Attribute value.
    pub name: Option<String>,
    /// The status of the Attribute value.
    pub status: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeValueDto {
    /// Builds a `AttributeValueDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeValueDto {
    value: optional::<String>(value),
    name: optional::<String>(name),
    status: optional::<String>(status),
});
crate::serde_helpers::serde_struct!(AttributeValueDto {
    value: optional("value"),
    name: optional("name"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeValueDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
