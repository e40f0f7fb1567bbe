/// This is a summary representation of an access profile.
///
/// Includes the fields of [`Access`](crate::Access), [`DisplayReference`](crate::DisplayReference), [`ReferenceV3`](crate::ReferenceV3).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileSummary {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    pub display_name: Option<String>,
    /// Description of access item.
    pub description: Option<Option<String>>,
    /// Type of the access item.
    pub r#type: Option<String>,
    pub source: Option<crate::ReferenceV3>,
    pub owner: Option<crate::DisplayReference>,
    pub revocable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileSummary {
    /// Builds a `AccessProfileSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileSummary {
    id: optional::<String>(id),
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    description: nullable::<String>(description, description_null),
    r#type: optional::<String>(r#type),
    source: optional::<crate::ReferenceV3>(source),
    owner: optional::<crate::DisplayReference>(owner),
    revocable: optional::<bool>(revocable),
});
crate::serde_helpers::serde_struct!(AccessProfileSummary {
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    description: nullable("description"),
    r#type: optional("type"),
    source: optional("source"),
    owner: optional("owner"),
    revocable: optional("revocable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
