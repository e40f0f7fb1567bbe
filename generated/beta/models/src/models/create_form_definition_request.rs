#[derive(Debug, Clone, PartialEq)]
pub struct CreateFormDefinitionRequest {
    /// Description is the form definition description
    pub description: Option<String>,
    /// FormConditions is the conditional logic that modify the form dynamically modify the form as the recipient is interacting out the form
    pub form_conditions: Option<Vec<crate::FormCondition>>,
    /// FormElements is a list of nested form elements
    pub form_elements: Option<Vec<crate::FormElement>>,
    /// FormInput is a list of form inputs that are required when creating a form-instance object
    pub form_input: Option<Vec<crate::FormDefinitionInput>>,
    /// Name is the form definition name
    pub name: String,
    pub owner: crate::FormOwner,
    /// UsedBy is a list of objects where when any system uses a particular form it reaches out to the form service to record it is currently being used
    pub used_by: Option<Vec<crate::FormUsedBy>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateFormDefinitionRequest {
    /// Builds a `CreateFormDefinitionRequest` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>, owner: impl Into<crate::FormOwner>) -> Self {
        Self {
            description: None,
            form_conditions: None,
            form_elements: None,
            form_input: None,
            name: name.into(),
            owner: owner.into(),
            used_by: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreateFormDefinitionRequest {
    description: optional::<String>(description),
    form_conditions: optional::<Vec<crate::FormCondition>>(form_conditions),
    form_elements: optional::<Vec<crate::FormElement>>(form_elements),
    form_input: optional::<Vec<crate::FormDefinitionInput>>(form_input),
    used_by: optional::<Vec<crate::FormUsedBy>>(used_by),
});
crate::serde_helpers::serde_struct!(CreateFormDefinitionRequest {
    description: optional("description"),
    form_conditions: optional("formConditions"),
    form_elements: optional("formElements"),
    form_input: optional("formInput"),
    name: required("name"),
    owner: required("owner"),
    used_by: optional("usedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateFormDefinitionRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.form_conditions, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_elements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.used_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
