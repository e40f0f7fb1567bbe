/// An existing parameter that needs to be updated. The type cannot be changed once the parameter is created.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParameterStorageUpdateParameter {
    /// The UUID of the parameter owner.
    pub owner_id: Option<String>,
    /// The human-readable name for the parameter.
    pub name: Option<String>,
    /// The public fields that can be stored with this parameter.
    pub public_fields: Option<::serde_json::Value>,
    /// The private fields that can be stored with this parameter.
    pub private_fields: Option<String>,
    /// Describe the parameter
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ParameterStorageUpdateParameter {
    /// Builds a `ParameterStorageUpdateParameter` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ParameterStorageUpdateParameter {
    owner_id: optional::<String>(owner_id),
    name: optional::<String>(name),
    public_fields: optional::<::serde_json::Value>(public_fields),
    private_fields: optional::<String>(private_fields),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(ParameterStorageUpdateParameter {
    owner_id: optional("ownerId"),
    name: optional("name"),
    public_fields: nullable("publicFields"),
    private_fields: optional("privateFields"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ParameterStorageUpdateParameter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.public_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
