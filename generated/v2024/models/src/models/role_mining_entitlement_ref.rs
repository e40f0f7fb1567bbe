#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningEntitlementRef {
    /// Id of the entitlement
    pub id: Option<String>,
    /// Name of the entitlement
    pub name: Option<String>,
    /// Description forthe entitlement
    pub description: Option<Option<String>>,
    /// The entitlement attribute
    pub attribute: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningEntitlementRef {
    /// Builds a `RoleMiningEntitlementRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningEntitlementRef {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    attribute: optional::<String>(attribute),
});
crate::serde_helpers::serde_struct!(RoleMiningEntitlementRef {
    id: optional("id"),
    name: optional("name"),
    description: nullable("description"),
    attribute: optional("attribute"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningEntitlementRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
