/// A parameter that has been retrieved from the store.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterStorageParameter {
    /// The ID of the reference
    pub id: String,
    /// The ID of the user who owns the parameter.
    pub owner_id: String,
    /// The type of the parameter. This cannot be changed after being set. Please see the types document for more information.
    pub r#type: Option<String>,
    /// The human-readable name of the parameter.
    pub name: String,
    /// The name of the primary field in the public fields.
    pub primary_field: Option<String>,
    /// The public fields stored for this parameter. See the types document for information about what can be stored.
    pub public_fields: ::serde_json::Value,
    /// Describe the parameter
    pub description: Option<String>,
    /// ISO8606 format datetime of the last time any field of the parameter was changed.
    pub last_modified_at: Option<String>,
    /// The ID of the user who last modified the parameter. Empty when identity is not known.
    pub last_modified_by: Option<String>,
    /// ISO8606 format datetime of the time the secret fields were changed on the parameter.
    pub private_fields_last_modified_at: Option<String>,
    /// The ID of the user who last modified the private fields. Empty when identity is not known.
    pub private_fields_last_modified_by: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ParameterStorageParameter {
    /// Builds a `ParameterStorageParameter` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        owner_id: impl Into<String>,
        name: impl Into<String>,
        public_fields: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            owner_id: owner_id.into(),
            r#type: None,
            name: name.into(),
            primary_field: None,
            public_fields: public_fields.into(),
            description: None,
            last_modified_at: None,
            last_modified_by: None,
            private_fields_last_modified_at: None,
            private_fields_last_modified_by: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ParameterStorageParameter {
    r#type: optional::<String>(r#type),
    primary_field: optional::<String>(primary_field),
    description: optional::<String>(description),
    last_modified_at: optional::<String>(last_modified_at),
    last_modified_by: optional::<String>(last_modified_by),
    private_fields_last_modified_at: optional::<String>(private_fields_last_modified_at),
    private_fields_last_modified_by: optional::<String>(private_fields_last_modified_by),
});
crate::serde_helpers::serde_struct!(ParameterStorageParameter {
    id: required("id"),
    owner_id: required("ownerId"),
    r#type: optional("type"),
    name: required("name"),
    primary_field: optional("primaryField"),
    public_fields: required("publicFields"),
    description: optional("description"),
    last_modified_at: optional("lastModifiedAt"),
    last_modified_by: optional("lastModifiedBy"),
    private_fields_last_modified_at: optional("privateFieldsLastModifiedAt"),
    private_fields_last_modified_by: optional("privateFieldsLastModifiedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ParameterStorageParameter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.public_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
