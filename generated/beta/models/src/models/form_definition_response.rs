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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormDefinitionResponse {
    /// Builds a `FormDefinitionResponse` with every field unset.
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
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::FormOwner>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `used_by`.
    pub fn used_by(mut self, value: impl Into<Vec<crate::FormUsedBy>>) -> Self {
        self.used_by = Some(value.into());
        self
    }
    /// Sets `form_input`.
    pub fn form_input(
        mut self,
        value: impl Into<Vec<crate::FormDefinitionInput>>,
    ) -> Self {
        self.form_input = Some(value.into());
        self
    }
    /// Sets `form_elements`.
    pub fn form_elements(mut self, value: impl Into<Vec<crate::FormElement>>) -> Self {
        self.form_elements = Some(value.into());
        self
    }
    /// Sets `form_conditions`.
    pub fn form_conditions(
        mut self,
        value: impl Into<Vec<crate::FormCondition>>,
    ) -> Self {
        self.form_conditions = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
}
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
