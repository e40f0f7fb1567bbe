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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowAction {
    /// Builds a `WorkflowAction` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowAction {
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
    description: optional::<String>(description),
    form_fields: nullable::<Vec<crate::WorkflowLibraryFormFields>>(form_fields, form_fields_null),
    example_output: optional::<crate::WorkflowActionExampleOutput>(example_output),
    deprecated: optional::<bool>(deprecated),
    deprecated_by: optional::<crate::primitives::DateTime>(deprecated_by),
    version_number: optional::<i64>(version_number),
    is_simulation_enabled: optional::<bool>(is_simulation_enabled),
    is_dynamic_schema: optional::<bool>(is_dynamic_schema),
    output_schema: optional::<::serde_json::Value>(output_schema),
});
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
        let _union = crate::decode::enter_union();
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
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Vec<::serde_json::Value> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::ValueList)
            }
            1usize => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Value)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
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
