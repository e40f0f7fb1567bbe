#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningIdentity {
    /// Id of the identity
    pub id: Option<String>,
    /// Name of the identity
    pub name: Option<String>,
    pub attributes: Option<::indexmap::IndexMap<String, Option<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningIdentity {
    /// Builds a `RoleMiningIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningIdentity {
    id: optional::<String>(id),
    name: optional::<String>(name),
    attributes: optional::<::indexmap::IndexMap<String, Option<String>>>(attributes),
});
crate::serde_helpers::serde_struct!(RoleMiningIdentity {
    id: optional("id"),
    name: optional("name"),
    attributes: optional("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
