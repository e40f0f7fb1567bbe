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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceCreationErrors {
    /// Builds a `SourceCreationErrors` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceCreationErrors {
    multihost_id: optional::<String>(multihost_id),
    source_name: optional::<String>(source_name),
    source_error: optional::<String>(source_error),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    operation: nullable::<String>(operation, operation_null),
});
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
