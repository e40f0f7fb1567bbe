#[derive(Debug, Clone, PartialEq)]
pub struct NonEmployeeSchemaAttributeBody {
    /// Type of the attribute. Only type 'TEXT' is supported for custom attributes.
    pub r#type: String,
    /// Label displayed on the UI for this schema attribute.
    pub label: String,
    /// The technical name of the attribute. Must be unique per source.
    pub technical_name: String,
    /// help text displayed by UI.
    pub help_text: Option<String>,
    /// Hint text that fills UI box.
    pub placeholder: Option<String>,
    /// If true, the schema attribute is required for all non-employees in the source
    pub required: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeSchemaAttributeBody {
    /// Builds a `NonEmployeeSchemaAttributeBody` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<String>,
        label: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            label: label.into(),
            technical_name: technical_name.into(),
            help_text: None,
            placeholder: None,
            required: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(NonEmployeeSchemaAttributeBody {
    help_text: optional::<String>(help_text),
    placeholder: optional::<String>(placeholder),
    required: optional::<bool>(required),
});
crate::serde_helpers::serde_struct!(NonEmployeeSchemaAttributeBody {
    r#type: required("type"),
    label: required("label"),
    technical_name: required("technicalName"),
    help_text: optional("helpText"),
    placeholder: optional("placeholder"),
    required: optional("required"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeSchemaAttributeBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
