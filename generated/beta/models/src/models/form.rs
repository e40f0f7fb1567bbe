/// Form Details
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Form {
    /// ID of the form
    pub id: Option<Option<String>>,
    /// Name of the form
    pub name: Option<Option<String>>,
    /// The form title
    pub title: Option<String>,
    /// The form subtitle.
    pub subtitle: Option<String>,
    /// The name of the user that should be shown this form
    pub target_user: Option<String>,
    pub sections: Option<Vec<crate::Section>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Form {
    /// Builds a `Form` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }
    /// Sets `id` to an explicit `null`.
    pub fn id_null(mut self) -> Self {
        self.id = Some(None);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `subtitle`.
    pub fn subtitle(mut self, value: impl Into<String>) -> Self {
        self.subtitle = Some(value.into());
        self
    }
    /// Sets `target_user`.
    pub fn target_user(mut self, value: impl Into<String>) -> Self {
        self.target_user = Some(value.into());
        self
    }
    /// Sets `sections`.
    pub fn sections(mut self, value: impl Into<Vec<crate::Section>>) -> Self {
        self.sections = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(Form {
    id: nullable("id"),
    name: nullable("name"),
    title: optional("title"),
    subtitle: optional("subtitle"),
    target_user: optional("targetUser"),
    sections: optional("sections"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Form {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.sections, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
