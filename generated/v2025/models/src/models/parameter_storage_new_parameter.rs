/// A parameter to add to parameter storage. The public and private fields must match the type specification.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterStorageNewParameter {
    /// The UUID of the parameter owner.
    pub owner_id: String,
    /// The human-readable name for the parameter.
    pub name: String,
    /// The type of the parameter. This cannot be changed after being set. Please see the types document for more information.
    pub r#type: String,
    /// The content must be a JSON object containing the public fields that can be stored with this parameter.
    pub public_fields: Option<::serde_json::Value>,
    /// Must be a JWE AES256 encrypted blob.
    /// The content of the blob must be a JSON object containing the private fields that can be stored with this parameter.
    pub private_fields: Option<String>,
    /// Describe the parameter
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ParameterStorageNewParameter {
    /// Builds a `ParameterStorageNewParameter` from its required fields; the others are unset.
    pub fn new(
        owner_id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            owner_id: owner_id.into(),
            name: name.into(),
            r#type: r#type.into(),
            public_fields: None,
            private_fields: None,
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ParameterStorageNewParameter {
    public_fields: optional::<::serde_json::Value>(public_fields),
    private_fields: optional::<String>(private_fields),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(ParameterStorageNewParameter {
    owner_id: required("ownerId"),
    name: required("name"),
    r#type: required("type"),
    public_fields: nullable("publicFields"),
    private_fields: optional("privateFields"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ParameterStorageNewParameter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.public_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
