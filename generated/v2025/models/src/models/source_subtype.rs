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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SourceSubtype {
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    r#type: optional::<String>(r#type),
});
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
