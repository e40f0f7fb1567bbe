#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthUserLevelsIdentityCount {
    /// The unique identifier of the user level.
    pub id: Option<String>,
    /// Number of identities having this user level.
    pub count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AuthUserLevelsIdentityCount {
    /// Builds a `AuthUserLevelsIdentityCount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AuthUserLevelsIdentityCount {
    id: optional::<String>(id),
    count: optional::<i32>(count),
});
crate::serde_helpers::serde_struct!(AuthUserLevelsIdentityCount {
    id: optional("id"),
    count: optional("count"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AuthUserLevelsIdentityCount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
