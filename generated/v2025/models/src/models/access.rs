/// Includes the fields of [`DisplayReference`](crate::DisplayReference), [`ReferenceV2025`](crate::ReferenceV2025).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Access {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    pub display_name: Option<String>,
    /// Description of access item.
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Access {
    /// Builds a `Access` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Access {
    id: optional::<String>(id),
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    description: nullable::<String>(description, description_null),
});
crate::serde_helpers::serde_struct!(Access {
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    description: nullable("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Access {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
