#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRoleSourceUsage {
    /// The identity ID
    pub id: Option<String>,
    /// Display name for the identity
    pub display_name: Option<String>,
    /// Email address for the identity
    pub email: Option<String>,
    /// The number of days there has been usage of the source by the identity.
    pub usage_count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRoleSourceUsage {
    /// Builds a `RoleMiningPotentialRoleSourceUsage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRoleSourceUsage {
    id: optional::<String>(id),
    display_name: optional::<String>(display_name),
    email: optional::<String>(email),
    usage_count: optional::<i32>(usage_count),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRoleSourceUsage {
    id: optional("id"),
    display_name: optional("displayName"),
    email: optional("email"),
    usage_count: optional("usageCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleSourceUsage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
