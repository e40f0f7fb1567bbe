#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityRequestUserEntitlementsItem {
    /// The ID of the entitlement
    #[serde(rename = "entitlementId")]
    pub entitlement_id: String,
    /// The source ID of the entitlement
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityRequestUserEntitlementsItem {
    /// Builds a `MachineIdentityRequestUserEntitlementsItem` from its required fields; the others are unset.
    pub fn new(entitlement_id: String, source_id: String) -> Self {
        Self {
            entitlement_id,
            source_id,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityRequestUserEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
