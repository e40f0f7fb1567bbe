#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NonEmployeeSchemaAttribute {
    /// Schema Attribute Id
    ///
    /// Format: `uuid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// True if this schema attribute is mandatory on all non-employees sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<bool>,
    /// When the schema attribute was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// When the schema attribute was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    pub r#type: crate::NonEmployeeSchemaAttributeType,
    /// Label displayed on the UI for this schema attribute.
    pub label: String,
    /// The technical name of the attribute. Must be unique per source.
    #[serde(rename = "technicalName")]
    pub technical_name: String,
    /// help text displayed by UI.
    #[serde(rename = "helpText", default, skip_serializing_if = "Option::is_none")]
    pub help_text: Option<String>,
    /// Hint text that fills UI box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// If true, the schema attribute is required for all non-employees in the source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeSchemaAttribute {
    /// Builds a `NonEmployeeSchemaAttribute` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::NonEmployeeSchemaAttributeType>,
        label: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            system: None,
            modified: None,
            created: None,
            r#type: r#type.into(),
            label: label.into(),
            technical_name: technical_name.into(),
            help_text: None,
            placeholder: None,
            required: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `system`.
    pub fn system(mut self, value: impl Into<bool>) -> Self {
        self.system = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `help_text`.
    pub fn help_text(mut self, value: impl Into<String>) -> Self {
        self.help_text = Some(value.into());
        self
    }
    /// Sets `placeholder`.
    pub fn placeholder(mut self, value: impl Into<String>) -> Self {
        self.placeholder = Some(value.into());
        self
    }
    /// Sets `required`.
    pub fn required(mut self, value: impl Into<bool>) -> Self {
        self.required = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for NonEmployeeSchemaAttribute {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
