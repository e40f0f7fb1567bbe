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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowOperator {
    /// Builds a `WorkflowOperator` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowOperator {
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
    description: optional::<String>(description),
    is_dynamic_schema: optional::<bool>(is_dynamic_schema),
    deprecated: optional::<bool>(deprecated),
    deprecated_by: optional::<crate::primitives::DateTime>(deprecated_by),
    is_simulation_enabled: optional::<bool>(is_simulation_enabled),
    form_fields: nullable::<Vec<crate::WorkflowLibraryFormFields>>(form_fields, form_fields_null),
});
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
