/// Includes the fields of [`ReferenceV2024`](crate::ReferenceV2024).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisplayReference {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    pub display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DisplayReference {
    /// Builds a `DisplayReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DisplayReference {
    id: optional::<String>(id),
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
});
crate::serde_helpers::serde_struct!(DisplayReference {
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DisplayReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
