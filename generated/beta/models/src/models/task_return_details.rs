/// Task return details
#[derive(Debug, Clone, PartialEq)]
pub struct TaskReturnDetails {
    /// Display name of the TaskReturnDetails
    pub name: String,
    /// Attribute the TaskReturnDetails is for
    pub attribute_name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskReturnDetails {
    /// Builds a `TaskReturnDetails` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>, attribute_name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            attribute_name: attribute_name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(TaskReturnDetails {
    name: required("name"),
    attribute_name: required("attributeName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskReturnDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
