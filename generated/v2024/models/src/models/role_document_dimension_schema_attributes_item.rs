#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleDocumentDimensionSchemaAttributesItem {
    pub derived: Option<bool>,
    /// Displayname of the dimension attribute.
    pub display_name: Option<String>,
    /// Name of the dimension attribute.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleDocumentDimensionSchemaAttributesItem {
    /// Builds a `RoleDocumentDimensionSchemaAttributesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleDocumentDimensionSchemaAttributesItem {
    derived: optional::<bool>(derived),
    display_name: optional::<String>(display_name),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(RoleDocumentDimensionSchemaAttributesItem {
    derived: optional("derived"),
    display_name: optional("displayName"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleDocumentDimensionSchemaAttributesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
