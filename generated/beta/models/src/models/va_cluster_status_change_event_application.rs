/// Details about the `CLUSTER` or `SOURCE` that initiated the event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VaClusterStatusChangeEventApplication {
    /// Application's globally unique identifier (GUID).
    pub id: String,
    /// Application name.
    pub name: String,
    /// Custom map of attributes for a source. Attributes only populate if the type is `SOURCE` and the source has a proxy.
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl VaClusterStatusChangeEventApplication {
    /// Builds a `VaClusterStatusChangeEventApplication` from its required fields; the others are unset.
    pub fn new(id: String, name: String, attributes: ::serde_json::Value) -> Self {
        Self {
            id,
            name,
            attributes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for VaClusterStatusChangeEventApplication {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
