#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowAction {
    /// Action ID. This is a static namespaced ID for the action
    pub id: Option<String>,
    /// Action Name
    pub name: Option<String>,
    /// Action type
    pub r#type: Option<String>,
    /// Action Description
    pub description: Option<String>,
    /// One or more inputs that the action accepts
    pub form_fields: Option<Option<Vec<crate::WorkflowLibraryFormFields>>>,
    pub example_output: Option<crate::WorkflowActionExampleOutput>,
    pub deprecated: Option<bool>,
    pub deprecated_by: Option<crate::primitives::DateTime>,
    /// Version number
    pub version_number: Option<i64>,
    pub is_simulation_enabled: Option<bool>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    pub is_dynamic_schema: Option<bool>,
    /// Defines the output schema, if any, that this action produces.
    pub output_schema: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowAction {
    /// Builds a `WorkflowAction` with every field unset.
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
    /// Sets `example_output`.
    pub fn example_output(
        mut self,
        value: impl Into<crate::WorkflowActionExampleOutput>,
    ) -> Self {
        self.example_output = Some(value.into());
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
    /// Sets `version_number`.
    pub fn version_number(mut self, value: impl Into<i64>) -> Self {
        self.version_number = Some(value.into());
        self
    }
    /// Sets `is_simulation_enabled`.
    pub fn is_simulation_enabled(mut self, value: impl Into<bool>) -> Self {
        self.is_simulation_enabled = Some(value.into());
        self
    }
    /// Sets `is_dynamic_schema`.
    pub fn is_dynamic_schema(mut self, value: impl Into<bool>) -> Self {
        self.is_dynamic_schema = Some(value.into());
        self
    }
    /// Sets `output_schema`.
    pub fn output_schema(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.output_schema = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(WorkflowAction {
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    description: optional("description"),
    form_fields: nullable("formFields"),
    example_output: nullable("exampleOutput"),
    deprecated: optional("deprecated"),
    deprecated_by: optional("deprecatedBy"),
    version_number: optional("versionNumber"),
    is_simulation_enabled: optional("isSimulationEnabled"),
    is_dynamic_schema: optional("isDynamicSchema"),
    output_schema: nullable("outputSchema"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowAction {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.form_fields, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.example_output, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.output_schema, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum WorkflowActionExampleOutput {
    Value(::serde_json::Value),
    ValueList(Vec<::serde_json::Value>),
}
impl ::serde::Serialize for WorkflowActionExampleOutput {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
            Self::ValueList(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for WorkflowActionExampleOutput {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<Vec<::serde_json::Value>>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ValueList(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ValueList(value),
                );
            }
            Err(error) => errors.push(("ValueList", error)),
        }
        match crate::serde_helpers::try_variant::<::serde_json::Value>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Value(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Value(value));
            }
            Err(error) => errors.push(("Value", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "WorkflowActionExampleOutput",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for WorkflowActionExampleOutput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::ValueList(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
