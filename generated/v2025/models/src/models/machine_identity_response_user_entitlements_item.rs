#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityResponseUserEntitlementsItem {
    /// The source ID of the entitlement
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The ID of the entitlement
    #[serde(rename = "entitlementId", default, skip_serializing_if = "Option::is_none")]
    pub entitlement_id: Option<String>,
    /// The display name of the entitlement
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The source of the entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::BaseReferenceDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityResponseUserEntitlementsItem {
    /// Builds a `MachineIdentityResponseUserEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            source_id: None,
            entitlement_id: None,
            display_name: None,
            source: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityResponseUserEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
