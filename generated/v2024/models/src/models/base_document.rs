#[derive(Debug, Clone, PartialEq)]
pub struct BaseDocument {
    /// ID of the referenced object.
    pub id: String,
    /// The human readable name of the referenced object.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseDocument {
    /// Builds a `BaseDocument` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(BaseDocument {
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseDocument {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
