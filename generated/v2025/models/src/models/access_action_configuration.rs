/// This is used for access configuration for a lifecycle state
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessActionConfiguration {
    /// If true, then all accesses are marked for removal.
    #[serde(
        rename = "removeAllAccessEnabled",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub remove_all_access_enabled: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessActionConfiguration {
    /// Builds a `AccessActionConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `remove_all_access_enabled`.
    pub fn remove_all_access_enabled(mut self, value: impl Into<bool>) -> Self {
        self.remove_all_access_enabled = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AccessActionConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
