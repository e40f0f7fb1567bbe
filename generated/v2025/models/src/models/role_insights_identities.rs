#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsightsIdentities {
    /// Id for identity
    pub id: Option<String>,
    /// Name for identity
    pub name: Option<String>,
    pub attributes: Option<::indexmap::IndexMap<String, String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsightsIdentities {
    /// Builds a `RoleInsightsIdentities` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsightsIdentities {
    id: optional::<String>(id),
    name: optional::<String>(name),
    attributes: optional::<::indexmap::IndexMap<String, String>>(attributes),
});
crate::serde_helpers::serde_struct!(RoleInsightsIdentities {
    id: optional("id"),
    name: optional("name"),
    attributes: optional("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsightsIdentities {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
