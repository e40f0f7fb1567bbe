#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowLibraryFormFields {
    /// Description of the form field
    pub description: Option<String>,
    /// Describes the form field in the UI
    pub help_text: Option<String>,
    /// A human readable name for this form field in the UI
    pub label: Option<String>,
    /// The name of the input attribute
    pub name: Option<String>,
    /// Denotes if this field is a required attribute
    pub required: Option<bool>,
    /// The type of the form field
    pub r#type: Option<Option<crate::WorkflowLibraryFormFieldsType>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowLibraryFormFields {
    /// Builds a `WorkflowLibraryFormFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowLibraryFormFields {
    description: optional::<String>(description),
    help_text: optional::<String>(help_text),
    label: optional::<String>(label),
    name: optional::<String>(name),
    required: optional::<bool>(required),
    r#type: nullable::<crate::WorkflowLibraryFormFieldsType>(r#type, type_null),
});
crate::serde_helpers::serde_struct!(WorkflowLibraryFormFields {
    description: optional("description"),
    help_text: optional("helpText"),
    label: optional("label"),
    name: optional("name"),
    required: optional("required"),
    r#type: nullable("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowLibraryFormFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the form field
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkflowLibraryFormFieldsType {
    /// `text`
    Text,
    /// `textarea`
    Textarea,
    /// `boolean`
    Boolean,
    /// `email`
    Email,
    /// `url`
    Url,
    /// `number`
    Number,
    /// `json`
    Json,
    /// `checkbox`
    Checkbox,
    /// `jsonpath`
    Jsonpath,
    /// `select`
    Select,
    /// `multiType`
    MultiType,
    /// `duration`
    Duration,
    /// `toggle`
    Toggle,
    /// `formPicker`
    FormPicker,
    /// `identityPicker`
    IdentityPicker,
    /// `governanceGroupPicker`
    GovernanceGroupPicker,
    /// `string`
    String,
    /// `object`
    Object,
    /// `array`
    Array,
    /// `secret`
    Secret,
    /// `keyValuePairs`
    KeyValuePairs,
    /// `emailPicker`
    EmailPicker,
    /// `advancedToggle`
    AdvancedToggle,
    /// `variableCreator`
    VariableCreator,
    /// `htmlEditor`
    HtmlEditor,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkflowLibraryFormFieldsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Textarea => "textarea",
            Self::Boolean => "boolean",
            Self::Email => "email",
            Self::Url => "url",
            Self::Number => "number",
            Self::Json => "json",
            Self::Checkbox => "checkbox",
            Self::Jsonpath => "jsonpath",
            Self::Select => "select",
            Self::MultiType => "multiType",
            Self::Duration => "duration",
            Self::Toggle => "toggle",
            Self::FormPicker => "formPicker",
            Self::IdentityPicker => "identityPicker",
            Self::GovernanceGroupPicker => "governanceGroupPicker",
            Self::String => "string",
            Self::Object => "object",
            Self::Array => "array",
            Self::Secret => "secret",
            Self::KeyValuePairs => "keyValuePairs",
            Self::EmailPicker => "emailPicker",
            Self::AdvancedToggle => "advancedToggle",
            Self::VariableCreator => "variableCreator",
            Self::HtmlEditor => "htmlEditor",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkflowLibraryFormFieldsType {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "textarea" => Self::Textarea,
            "boolean" => Self::Boolean,
            "email" => Self::Email,
            "url" => Self::Url,
            "number" => Self::Number,
            "json" => Self::Json,
            "checkbox" => Self::Checkbox,
            "jsonpath" => Self::Jsonpath,
            "select" => Self::Select,
            "multiType" => Self::MultiType,
            "duration" => Self::Duration,
            "toggle" => Self::Toggle,
            "formPicker" => Self::FormPicker,
            "identityPicker" => Self::IdentityPicker,
            "governanceGroupPicker" => Self::GovernanceGroupPicker,
            "string" => Self::String,
            "object" => Self::Object,
            "array" => Self::Array,
            "secret" => Self::Secret,
            "keyValuePairs" => Self::KeyValuePairs,
            "emailPicker" => Self::EmailPicker,
            "advancedToggle" => Self::AdvancedToggle,
            "variableCreator" => Self::VariableCreator,
            "htmlEditor" => Self::HtmlEditor,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkflowLibraryFormFieldsType);
