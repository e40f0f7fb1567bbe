#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeDtoList {
    pub attributes: Option<Option<Vec<crate::AttributeDto>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeDtoList {
    /// Builds a `AttributeDtoList` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeDtoList {
    attributes: nullable::<Vec<crate::AttributeDto>>(attributes, attributes_null),
});
crate::serde_helpers::serde_struct!(AttributeDtoList {
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeDtoList {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
