#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowTrigger {
    /// Trigger ID. This is a static namespaced ID for the trigger.
    pub id: Option<String>,
    /// Trigger type
    pub r#type: Option<crate::WorkflowTriggerType>,
    /// Whether the trigger is deprecated.
    pub deprecated: Option<bool>,
    /// Date the trigger was deprecated, if applicable.
    pub deprecated_by: Option<crate::primitives::DateTime>,
    /// Whether the trigger can be simulated.
    pub is_simulation_enabled: Option<bool>,
    /// Example output schema
    pub output_schema: Option<::serde_json::Value>,
    /// Trigger Name
    pub name: Option<String>,
    /// Trigger Description
    pub description: Option<String>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    pub is_dynamic_schema: Option<bool>,
    /// Example trigger payload if applicable
    pub input_example: Option<::serde_json::Value>,
    /// One or more inputs that the trigger accepts
    pub form_fields: Option<Option<Vec<crate::WorkflowLibraryFormFields>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowTrigger {
    /// Builds a `WorkflowTrigger` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowTrigger {
    id: optional::<String>(id),
    r#type: optional::<crate::WorkflowTriggerType>(r#type),
    deprecated: optional::<bool>(deprecated),
    deprecated_by: optional::<crate::primitives::DateTime>(deprecated_by),
    is_simulation_enabled: optional::<bool>(is_simulation_enabled),
    output_schema: optional::<::serde_json::Value>(output_schema),
    name: optional::<String>(name),
    description: optional::<String>(description),
    is_dynamic_schema: optional::<bool>(is_dynamic_schema),
    input_example: nullable_json::<::serde_json::Value>(input_example, input_example_null),
    form_fields: nullable::<Vec<crate::WorkflowLibraryFormFields>>(form_fields, form_fields_null),
});
crate::serde_helpers::serde_struct!(WorkflowTrigger {
    id: optional("id"),
    r#type: optional("type"),
    deprecated: optional("deprecated"),
    deprecated_by: optional("deprecatedBy"),
    is_simulation_enabled: optional("isSimulationEnabled"),
    output_schema: nullable("outputSchema"),
    name: optional("name"),
    description: optional("description"),
    is_dynamic_schema: optional("isDynamicSchema"),
    input_example: nullable("inputExample"),
    form_fields: nullable("formFields"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowTrigger {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.output_schema, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.input_example, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Trigger type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkflowTriggerType {
    /// `EVENT`
    Event,
    /// `SCHEDULED`
    Scheduled,
    /// `EXTERNAL`
    External,
    /// `AccessRequestTrigger`
    AccessRequestTrigger,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkflowTriggerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "EVENT",
            Self::Scheduled => "SCHEDULED",
            Self::External => "EXTERNAL",
            Self::AccessRequestTrigger => "AccessRequestTrigger",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkflowTriggerType {
    fn from(value: &str) -> Self {
        match value {
            "EVENT" => Self::Event,
            "SCHEDULED" => Self::Scheduled,
            "EXTERNAL" => Self::External,
            "AccessRequestTrigger" => Self::AccessRequestTrigger,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkflowTriggerType);
