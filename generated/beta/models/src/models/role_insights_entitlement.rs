#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsightsEntitlement {
    /// Name of the entitlement
    pub name: Option<String>,
    /// Id of the entitlement
    pub id: Option<String>,
    /// Description for the entitlement
    pub description: Option<String>,
    /// Source or the application for the entitlement
    pub source: Option<String>,
    /// Attribute for the entitlement
    pub attribute: Option<String>,
    /// Attribute value for the entitlement
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsightsEntitlement {
    /// Builds a `RoleInsightsEntitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsightsEntitlement {
    name: optional::<String>(name),
    id: optional::<String>(id),
    description: optional::<String>(description),
    source: optional::<String>(source),
    attribute: optional::<String>(attribute),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(RoleInsightsEntitlement {
    name: optional("name"),
    id: optional("id"),
    description: optional("description"),
    source: optional("source"),
    attribute: optional("attribute"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsightsEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
