#[derive(Debug, Clone, PartialEq)]
pub struct EntitlementAttributeBulkUpdateFilterRequestValuesItem {
    /// the key of metadata attribute
    pub attribute: String,
    /// the values of attribute to be updated
    pub values: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementAttributeBulkUpdateFilterRequestValuesItem {
    /// Builds a `EntitlementAttributeBulkUpdateFilterRequestValuesItem` from its required fields; the others are unset.
    pub fn new(
        attribute: impl Into<String>,
        values: impl Into<Option<Vec<String>>>,
    ) -> Self {
        Self {
            attribute: attribute.into(),
            values: values.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(EntitlementAttributeBulkUpdateFilterRequestValuesItem {
    attribute: required("attribute"),
    values: required("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for EntitlementAttributeBulkUpdateFilterRequestValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
