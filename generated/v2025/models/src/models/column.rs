#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The name of the field.
    pub field: String,
    /// The value of the header.
    pub header: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Column {
    /// Builds a `Column` from its required fields; the others are unset.
    pub fn new(field: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            header: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Column {
    header: optional::<String>(header),
});
crate::serde_helpers::serde_struct!(Column {
    field: required("field"),
    header: optional("header"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Column {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
