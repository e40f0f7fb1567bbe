#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagerCorrelationMapping {
    /// Name of the attribute to use for manager correlation. The value found on the account attribute will be used to lookup the manager's identity.
    pub account_attribute_name: Option<String>,
    /// Name of the identity attribute to search when trying to find a manager using the value from the accountAttribute.
    pub identity_attribute_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagerCorrelationMapping {
    /// Builds a `ManagerCorrelationMapping` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagerCorrelationMapping {
    account_attribute_name: optional::<String>(account_attribute_name),
    identity_attribute_name: optional::<String>(identity_attribute_name),
});
crate::serde_helpers::serde_struct!(ManagerCorrelationMapping {
    account_attribute_name: optional("accountAttributeName"),
    identity_attribute_name: optional("identityAttributeName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagerCorrelationMapping {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
