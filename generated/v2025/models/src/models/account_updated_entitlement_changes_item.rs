#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUpdatedEntitlementChangesItem {
    /// The name of the entitlement attribute that was changed.
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
    /// The entitlements that were added.
    pub added: Option<Vec<crate::AccountUpdatedEntitlementChangesItemAddedItem>>,
    /// The entitlements that were removed.
    pub removed: Option<Vec<crate::AccountUpdatedEntitlementChangesItemRemovedItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUpdatedEntitlementChangesItem {
    /// Builds a `AccountUpdatedEntitlementChangesItem` from its required fields; the others are unset.
    pub fn new(
        attribute_name: String,
        added: Option<Vec<crate::AccountUpdatedEntitlementChangesItemAddedItem>>,
        removed: Option<Vec<crate::AccountUpdatedEntitlementChangesItemRemovedItem>>,
    ) -> Self {
        Self {
            attribute_name,
            added,
            removed,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountUpdatedEntitlementChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.added, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.removed, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
