#[derive(Debug, Clone, PartialEq)]
pub struct AccountAttributes {
    /// The schema attribute values for the account
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAttributes {
    /// Builds a `AccountAttributes` from its required fields; the others are unset.
    pub fn new(attributes: impl Into<::serde_json::Value>) -> Self {
        Self {
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountAttributes {
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
