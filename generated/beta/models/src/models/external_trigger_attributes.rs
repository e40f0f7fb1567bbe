/// Attributes related to an external trigger
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalTriggerAttributes {
    /// A unique name for the external trigger
    pub name: Option<Option<String>>,
    /// Additional context about the external trigger
    pub description: Option<Option<String>>,
    /// OAuth Client ID to authenticate with this trigger
    pub client_id: Option<Option<String>>,
    /// URL to invoke this workflow
    pub url: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ExternalTriggerAttributes {
    /// Builds a `ExternalTriggerAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `client_id`.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(Some(value.into()));
        self
    }
    /// Sets `client_id` to an explicit `null`.
    pub fn client_id_null(mut self) -> Self {
        self.client_id = Some(None);
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(Some(value.into()));
        self
    }
    /// Sets `url` to an explicit `null`.
    pub fn url_null(mut self) -> Self {
        self.url = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(ExternalTriggerAttributes {
    name: nullable("name"),
    description: nullable("description"),
    client_id: nullable("clientId"),
    url: nullable("url"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExternalTriggerAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
