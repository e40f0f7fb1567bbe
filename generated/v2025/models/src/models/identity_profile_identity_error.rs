/// Arguments for Identity Profile Identity Error report (IDENTITY_PROFILE_IDENTITY_ERROR)
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityProfileIdentityError {
    /// Source ID.
    #[serde(rename = "authoritativeSource")]
    pub authoritative_source: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityProfileIdentityError {
    /// Builds a `IdentityProfileIdentityError` from its required fields; the others are unset.
    pub fn new(authoritative_source: impl Into<String>) -> Self {
        Self {
            authoritative_source: authoritative_source.into(),
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityProfileIdentityError {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
