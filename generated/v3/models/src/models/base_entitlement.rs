#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseEntitlement {
    /// Indicates whether the entitlement has permissions.
    pub has_permissions: Option<bool>,
    /// Entitlement's description.
    pub description: Option<Option<String>>,
    /// Entitlement attribute's name.
    pub attribute: Option<String>,
    /// Entitlement's value.
    pub value: Option<String>,
    /// Entitlement's schema.
    pub schema: Option<String>,
    /// Indicates whether the entitlement is privileged.
    pub privileged: Option<bool>,
    /// Entitlement's ID.
    pub id: Option<String>,
    /// Entitlement's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseEntitlement {
    /// Builds a `BaseEntitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BaseEntitlement {
    has_permissions: optional::<bool>(has_permissions),
    description: nullable::<String>(description, description_null),
    attribute: optional::<String>(attribute),
    value: optional::<String>(value),
    schema: optional::<String>(schema),
    privileged: optional::<bool>(privileged),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(BaseEntitlement {
    has_permissions: optional("hasPermissions"),
    description: nullable("description"),
    attribute: optional("attribute"),
    value: optional("value"),
    schema: optional("schema"),
    privileged: optional("privileged"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
