#[derive(Debug, Clone, PartialEq)]
pub struct AccountAttributesCreate {
    /// The schema attribute values for the account
    pub attributes: crate::AccountAttributesCreateAttributes,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAttributesCreate {
    /// Builds a `AccountAttributesCreate` from its required fields; the others are unset.
    pub fn new(attributes: impl Into<crate::AccountAttributesCreateAttributes>) -> Self {
        Self {
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountAttributesCreate {
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAttributesCreate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The schema attribute values for the account
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAttributesCreateAttributes {
    /// Target source to create an account
    pub source_id: String,
    /// Properties not declared above, by name, in wire order.
    pub additional_properties: crate::primitives::CatchAll<String>,
}
impl AccountAttributesCreateAttributes {
    /// Builds a `AccountAttributesCreateAttributes` from its required fields; the others are unset.
    pub fn new(source_id: impl Into<String>) -> Self {
        Self {
            source_id: source_id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountAttributesCreateAttributes {
    source_id: required("sourceId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAttributesCreateAttributes {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
