#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDefinitionResponse {
    /// Unique guid identifying the form definition.
    pub id: Option<String>,
    /// Name of the form definition.
    pub name: Option<String>,
    /// Form definition's description.
    pub description: Option<String>,
    pub owner: Option<crate::FormOwner>,
    /// List of objects using the form definition. Whenever a system uses a form, the API reaches out to the form service to record that the system is currently using it.
    pub used_by: Option<Vec<crate::FormUsedBy>>,
    /// List of form inputs required to create a form-instance object.
    pub form_input: Option<Vec<crate::FormDefinitionInput>>,
    /// List of nested form elements.
    pub form_elements: Option<Vec<crate::FormElement>>,
    /// Conditional logic that can dynamically modify the form as the recipient is interacting with it.
    pub form_conditions: Option<Vec<crate::FormCondition>>,
    /// Created is the date the form definition was created
    pub created: Option<crate::primitives::DateTime>,
    /// Modified is the last date the form definition was modified
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDefinitionResponse {
    /// Builds a `FormDefinitionResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDefinitionResponse {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    owner: optional::<crate::FormOwner>(owner),
    used_by: optional::<Vec<crate::FormUsedBy>>(used_by),
    form_input: optional::<Vec<crate::FormDefinitionInput>>(form_input),
    form_elements: optional::<Vec<crate::FormElement>>(form_elements),
    form_conditions: optional::<Vec<crate::FormCondition>>(form_conditions),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(FormDefinitionResponse {
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    owner: optional("owner"),
    used_by: optional("usedBy"),
    form_input: optional("formInput"),
    form_elements: optional("formElements"),
    form_conditions: optional("formConditions"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.used_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_elements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_conditions, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
