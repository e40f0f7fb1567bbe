#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsightsRole {
    /// Role name
    pub name: Option<String>,
    /// Role id
    pub id: Option<String>,
    /// Role description
    pub description: Option<String>,
    /// Role owner name
    pub owner_name: Option<String>,
    /// Role owner id
    pub owner_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsightsRole {
    /// Builds a `RoleInsightsRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsightsRole {
    name: optional::<String>(name),
    id: optional::<String>(id),
    description: optional::<String>(description),
    owner_name: optional::<String>(owner_name),
    owner_id: optional::<String>(owner_id),
});
crate::serde_helpers::serde_struct!(RoleInsightsRole {
    name: optional("name"),
    id: optional("id"),
    description: optional("description"),
    owner_name: optional("ownerName"),
    owner_id: optional("ownerId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsightsRole {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
