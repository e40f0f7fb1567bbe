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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowTrigger {
    /// Builds a `WorkflowTrigger` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::WorkflowTriggerType>) -> Self {
        self.r#type = Some(value.into());
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
    /// Sets `output_schema`.
    pub fn output_schema(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.output_schema = Some(value.into());
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
    /// Sets `is_dynamic_schema`.
    pub fn is_dynamic_schema(mut self, value: impl Into<bool>) -> Self {
        self.is_dynamic_schema = Some(value.into());
        self
    }
    /// Sets `input_example`.
    pub fn input_example(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.input_example = Some(value.into());
        self
    }
    /// Sets `input_example` to an explicit `null`.
    pub fn input_example_null(mut self) -> Self {
        self.input_example = Some(::serde_json::Value::Null);
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
