/// Defines STANDARD type Dimension membership
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionCriteriaLevel3 {
    pub operation: Option<crate::DimensionCriteriaOperation>,
    pub key: Option<Option<crate::DimensionCriteriaKey>>,
    /// String value to test the Identity attribute specified in the key w/r/t the specified operation. If this criteria is a leaf node, that is, if the operation is one of EQUALS, this field is required. Otherwise, specifying it is an error.
    pub string_value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DimensionCriteriaLevel3 {
    /// Builds a `DimensionCriteriaLevel3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DimensionCriteriaLevel3 {
    operation: optional::<crate::DimensionCriteriaOperation>(operation),
    key: nullable::<crate::DimensionCriteriaKey>(key, key_null),
    string_value: optional::<String>(string_value),
});
crate::serde_helpers::serde_struct!(DimensionCriteriaLevel3 {
    operation: optional("operation"),
    key: nullable("key"),
    string_value: optional("stringValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DimensionCriteriaLevel3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.key, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
