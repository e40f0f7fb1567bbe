/// Refers to a specific Identity attribute used in Dimension membership criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionCriteriaKey {
    pub r#type: crate::DimensionCriteriaKeyType,
    /// The name of the identity attribute to which the associated criteria applies.
    pub property: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DimensionCriteriaKey {
    /// Builds a `DimensionCriteriaKey` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::DimensionCriteriaKeyType>,
        property: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            property: property.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(DimensionCriteriaKey {
    r#type: required("type"),
    property: required("property"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DimensionCriteriaKey {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
