#[derive(Debug, Clone, PartialEq)]
pub struct SourceSubtype {
    /// Unique identifier for the subtype.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// The ID of the source.
    ///
    /// Format: `uuid`. Read-only: set by the server.
    pub source_id: Option<String>,
    /// Technical name of the subtype.
    pub technical_name: String,
    /// Display name of the subtype.
    pub display_name: String,
    /// Description of the subtype.
    pub description: String,
    /// Creation timestamp.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modified timestamp.
    pub modified: Option<crate::primitives::DateTime>,
    /// Type of the subtype. Either MACHINE OR null.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceSubtype {
    /// Builds a `SourceSubtype` from its required fields; the others are unset.
    pub fn new(
        technical_name: impl Into<String>,
        display_name: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            source_id: None,
            technical_name: technical_name.into(),
            display_name: display_name.into(),
            description: description.into(),
            created: None,
            modified: None,
            r#type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
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
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(SourceSubtype {
    id: optional("id"),
    source_id: optional("sourceId"),
    technical_name: required("technicalName"),
    display_name: required("displayName"),
    description: required("description"),
    created: optional("created"),
    modified: optional("modified"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceSubtype {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
