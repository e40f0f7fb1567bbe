#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityReferenceWithNameAndEmail {
    /// The type can only be IDENTITY. This is read-only.
    pub r#type: Option<String>,
    /// Identity ID.
    pub id: Option<String>,
    /// Identity's human-readable display name. This is read-only.
    pub name: Option<String>,
    /// Identity's email address. This is read-only.
    pub email: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityReferenceWithNameAndEmail {
    /// Builds a `IdentityReferenceWithNameAndEmail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityReferenceWithNameAndEmail {
    r#type: optional::<String>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    email: optional::<String>(email),
});
crate::serde_helpers::serde_struct!(IdentityReferenceWithNameAndEmail {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    email: optional("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityReferenceWithNameAndEmail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
