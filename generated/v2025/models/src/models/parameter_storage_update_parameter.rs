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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ParameterStorageUpdateParameter {
    /// Builds a `ParameterStorageUpdateParameter` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `owner_id`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `public_fields`.
    pub fn public_fields(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.public_fields = Some(value.into());
        self
    }
    /// Sets `private_fields`.
    pub fn private_fields(mut self, value: impl Into<String>) -> Self {
        self.private_fields = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
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
