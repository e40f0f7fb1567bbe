/// Contains a list of dimension attributes. Required only for Dynamic Roles
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionSchema {
    pub dimension_attributes: Option<Vec<crate::DimensionAttribute>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DimensionSchema {
    /// Builds a `DimensionSchema` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DimensionSchema {
    dimension_attributes: optional::<Vec<crate::DimensionAttribute>>(dimension_attributes),
});
crate::serde_helpers::serde_struct!(DimensionSchema {
    dimension_attributes: optional("dimensionAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DimensionSchema {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.dimension_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
