/// Reference to an owner of the machine identity.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityOwnerReference {
    /// Owner's type.
    pub r#type: String,
    /// Owner ID.
    pub id: String,
    /// Owner's display name.
    pub name: String,
    /// Indicates if this owner is the primary owner.
    pub is_primary: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityOwnerReference {
    /// Builds a `MachineIdentityOwnerReference` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<String>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            is_primary: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MachineIdentityOwnerReference {
    is_primary: optional::<bool>(is_primary),
});
crate::serde_helpers::serde_struct!(MachineIdentityOwnerReference {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    is_primary: optional("isPrimary"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityOwnerReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
