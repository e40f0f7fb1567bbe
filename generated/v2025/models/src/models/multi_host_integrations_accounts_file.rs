/// Reference to accounts file for the source.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiHostIntegrationsAccountsFile {
    /// Name of the accounts file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The accounts file key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Date-time when the file was uploaded
    #[serde(rename = "uploadTime", default, skip_serializing_if = "Option::is_none")]
    pub upload_time: Option<crate::primitives::DateTime>,
    /// Date-time when the accounts file expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry: Option<crate::primitives::DateTime>,
    /// If this is true, it indicates that the accounts file has expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsAccountsFile {
    /// Builds a `MultiHostIntegrationsAccountsFile` with every field unset.
    pub fn new() -> Self {
        Self {
            name: None,
            key: None,
            upload_time: None,
            expiry: None,
            expired: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsAccountsFile {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
