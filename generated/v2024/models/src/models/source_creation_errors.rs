#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceCreationErrors {
    /// Multi-Host Integration ID.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "multihostId", default, skip_serializing_if = "Option::is_none")]
    pub multihost_id: Option<String>,
    /// Source's human-readable name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// Source's human-readable description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_error: Option<String>,
    /// Date-time when the source was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Date-time when the source was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// operation category (e.g. DELETE).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub operation: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceCreationErrors {
    /// Builds a `SourceCreationErrors` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for SourceCreationErrors {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
