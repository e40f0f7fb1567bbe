#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowOperator {
    /// Operator ID.
    pub id: Option<String>,
    /// Operator friendly name
    pub name: Option<String>,
    /// Operator type
    pub r#type: Option<String>,
    /// Description of the operator
    pub description: Option<String>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    pub is_dynamic_schema: Option<bool>,
    pub deprecated: Option<bool>,
    pub deprecated_by: Option<crate::primitives::DateTime>,
    pub is_simulation_enabled: Option<bool>,
    /// One or more inputs that the operator accepts
    pub form_fields: Option<Option<Vec<crate::WorkflowLibraryFormFields>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowOperator {
    /// Builds a `WorkflowOperator` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `is_dynamic_schema`.
    pub fn is_dynamic_schema(mut self, value: impl Into<bool>) -> Self {
        self.is_dynamic_schema = Some(value.into());
        self
    }
    /// Sets `deprecated`.
    pub fn deprecated(mut self, value: impl Into<bool>) -> Self {
        self.deprecated = Some(value.into());
        self
    }
    /// Sets `deprecated_by`.
    pub fn deprecated_by(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.deprecated_by = Some(value.into());
        self
    }
    /// Sets `is_simulation_enabled`.
    pub fn is_simulation_enabled(mut self, value: impl Into<bool>) -> Self {
        self.is_simulation_enabled = Some(value.into());
        self
    }
    /// Sets `form_fields`.
    pub fn form_fields(
        mut self,
        value: impl Into<Vec<crate::WorkflowLibraryFormFields>>,
    ) -> Self {
        self.form_fields = Some(Some(value.into()));
        self
    }
    /// Sets `form_fields` to an explicit `null`.
    pub fn form_fields_null(mut self) -> Self {
        self.form_fields = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(WorkflowOperator {
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    description: optional("description"),
    is_dynamic_schema: optional("isDynamicSchema"),
    deprecated: optional("deprecated"),
    deprecated_by: optional("deprecatedBy"),
    is_simulation_enabled: optional("isSimulationEnabled"),
    form_fields: nullable("formFields"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowOperator {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.form_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
