#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonAccessItemAccess {
    /// Common access ID
    pub id: Option<String>,
    /// Common access type (ROLE or ACCESS_PROFILE)
    pub r#type: Option<crate::CommonAccessType>,
    /// Common access name
    pub name: Option<String>,
    /// Common access description
    pub description: Option<Option<String>>,
    /// Common access owner name
    pub owner_name: Option<String>,
    /// Common access owner ID
    pub owner_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CommonAccessItemAccess {
    /// Builds a `CommonAccessItemAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CommonAccessItemAccess {
    id: optional::<String>(id),
    r#type: optional::<crate::CommonAccessType>(r#type),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    owner_name: optional::<String>(owner_name),
    owner_id: optional::<String>(owner_id),
});
crate::serde_helpers::serde_struct!(CommonAccessItemAccess {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    description: nullable("description"),
    owner_name: optional("ownerName"),
    owner_id: optional("ownerId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CommonAccessItemAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
