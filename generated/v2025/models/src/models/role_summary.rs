/// Role
///
/// Includes the fields of [`Access`](crate::Access), [`DisplayReference`](crate::DisplayReference), [`ReferenceV2025`](crate::ReferenceV2025).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleSummary {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    pub display_name: Option<String>,
    /// Description of access item.
    pub description: Option<Option<String>>,
    /// Type of the access item.
    pub r#type: Option<String>,
    pub owner: Option<crate::DisplayReference>,
    pub disabled: Option<bool>,
    pub revocable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleSummary {
    /// Builds a `RoleSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleSummary {
    id: optional::<String>(id),
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    description: nullable::<String>(description, description_null),
    r#type: optional::<String>(r#type),
    owner: optional::<crate::DisplayReference>(owner),
    disabled: optional::<bool>(disabled),
    revocable: optional::<bool>(revocable),
});
crate::serde_helpers::serde_struct!(RoleSummary {
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    description: nullable("description"),
    r#type: optional("type"),
    owner: optional("owner"),
    disabled: optional("disabled"),
    revocable: optional("revocable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
