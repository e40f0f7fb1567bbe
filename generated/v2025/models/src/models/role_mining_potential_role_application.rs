#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRoleApplication {
    /// Id of the application
    pub id: Option<String>,
    /// Name of the application
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRoleApplication {
    /// Builds a `RoleMiningPotentialRoleApplication` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRoleApplication {
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRoleApplication {
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleApplication {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
