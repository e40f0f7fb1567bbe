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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormDefinitionDynamicSchemaRequest {
    /// Builds a `FormDefinitionDynamicSchemaRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl Into<crate::FormDefinitionDynamicSchemaRequestAttributes>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `version_number`.
    pub fn version_number(mut self, value: impl Into<i64>) -> Self {
        self.version_number = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormDefinitionDynamicSchemaRequestAttributes {
    /// Builds a `FormDefinitionDynamicSchemaRequestAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `form_definition_id`.
    pub fn form_definition_id(mut self, value: impl Into<String>) -> Self {
        self.form_definition_id = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(FormDefinitionDynamicSchemaRequestAttributes {
    form_definition_id: optional("formDefinitionId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionDynamicSchemaRequestAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
