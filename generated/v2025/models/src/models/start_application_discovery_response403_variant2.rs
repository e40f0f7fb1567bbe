#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartApplicationDiscoveryResponse403Variant2 {
    /// Error message when quota is exceeded
    pub error: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl StartApplicationDiscoveryResponse403Variant2 {
    /// Builds a `StartApplicationDiscoveryResponse403Variant2` from its required fields; the others are unset.
    pub fn new(error: String) -> Self {
        Self {
            error,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for StartApplicationDiscoveryResponse403Variant2 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
