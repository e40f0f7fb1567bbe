/// Changes to owners.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityUpdatedOwnerChanges {
    /// Name of the attribute that changed.
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Owners that were added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Vec<crate::MachineIdentityOwnerReference>>,
    /// Owners that were removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<crate::MachineIdentityOwnerReference>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityUpdatedOwnerChanges {
    /// Builds a `MachineIdentityUpdatedOwnerChanges` with every field unset.
    pub fn new() -> Self {
        Self {
            attribute_name: None,
            added: None,
            removed: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityUpdatedOwnerChanges {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.added, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.removed, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
