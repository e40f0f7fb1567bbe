#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceCreationErrors {
    /// Multi-Host Integration ID.
    ///
    /// Read-only: set by the server.
    pub multihost_id: Option<String>,
    /// Source's human-readable name.
    pub source_name: Option<String>,
    /// Source's human-readable description.
    pub source_error: Option<String>,
    /// Date-time when the source was created
    pub created: Option<crate::primitives::DateTime>,
    /// Date-time when the source was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// operation category (e.g. DELETE).
    pub operation: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceCreationErrors {
    /// Builds a `SourceCreationErrors` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `multihost_id`.
    pub fn multihost_id(mut self, value: impl Into<String>) -> Self {
        self.multihost_id = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `source_error`.
    pub fn source_error(mut self, value: impl Into<String>) -> Self {
        self.source_error = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `operation`.
    pub fn operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(Some(value.into()));
        self
    }
    /// Sets `operation` to an explicit `null`.
    pub fn operation_null(mut self) -> Self {
        self.operation = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(SourceCreationErrors {
    multihost_id: optional("multihostId"),
    source_name: optional("source_name"),
    source_error: optional("source_error"),
    created: optional("created"),
    modified: optional("modified"),
    operation: nullable("operation"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceCreationErrors {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
