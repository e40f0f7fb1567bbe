/// Reference to a source of entity.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentitySourceReference {
    /// Source Type.
    pub r#type: String,
    /// Unique identifier.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentitySourceReference {
    /// Builds a `MachineIdentitySourceReference` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<String>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(MachineIdentitySourceReference {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentitySourceReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
