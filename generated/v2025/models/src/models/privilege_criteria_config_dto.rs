#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivilegeCriteriaConfigDto {
    /// The Id of the task which is executing the bulk update.
    pub id: Option<String>,
    /// The Id of the source that the criteria configuration is applied to.
    pub source_id: Option<String>,
    /// The configuration settings for privilege criteria evaluation.
    pub config: Option<::serde_json::Value>,
    /// The date and time when the privilege criteria configuration was created.
    pub created: Option<String>,
    /// The date and time when the privilege criteria configuration was last modified.
    pub modified: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PrivilegeCriteriaConfigDto {
    /// Builds a `PrivilegeCriteriaConfigDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `config`.
    pub fn config(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.config = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<String>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<String>) -> Self {
        self.modified = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(PrivilegeCriteriaConfigDto {
    id: optional("id"),
    source_id: optional("sourceId"),
    config: nullable("config"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PrivilegeCriteriaConfigDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
