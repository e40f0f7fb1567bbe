#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDefinitionDynamicSchemaRequest {
    pub attributes: Option<crate::FormDefinitionDynamicSchemaRequestAttributes>,
    /// Description is the form definition dynamic schema description text
    pub description: Option<String>,
    /// ID is a unique identifier
    pub id: Option<String>,
    /// Type is the form definition dynamic schema type
    pub r#type: Option<String>,
    /// VersionNumber is the form definition dynamic schema version number
    pub version_number: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDefinitionDynamicSchemaRequest {
    /// Builds a `FormDefinitionDynamicSchemaRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDefinitionDynamicSchemaRequest {
    attributes: optional::<crate::FormDefinitionDynamicSchemaRequestAttributes>(attributes),
    description: optional::<String>(description),
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    version_number: optional::<i64>(version_number),
});
crate::serde_helpers::serde_struct!(FormDefinitionDynamicSchemaRequest {
    attributes: optional("attributes"),
    description: optional("description"),
    id: optional("id"),
    r#type: optional("type"),
    version_number: optional("versionNumber"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionDynamicSchemaRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDefinitionDynamicSchemaRequestAttributes {
    /// FormDefinitionID is a unique guid identifying this form definition
    pub form_definition_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDefinitionDynamicSchemaRequestAttributes {
    /// Builds a `FormDefinitionDynamicSchemaRequestAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDefinitionDynamicSchemaRequestAttributes {
    form_definition_id: optional::<String>(form_definition_id),
});
crate::serde_helpers::serde_struct!(FormDefinitionDynamicSchemaRequestAttributes {
    form_definition_id: optional("formDefinitionId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionDynamicSchemaRequestAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
