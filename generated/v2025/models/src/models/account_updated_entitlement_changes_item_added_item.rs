#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUpdatedEntitlementChangesItemAddedItem {
    /// The unique identifier of the entitlement.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// The name of the entitlement.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// The type of the entitlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::AccountUpdatedEntitlementChangesItemAddedItemOwner>,
    /// The value of the entitlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUpdatedEntitlementChangesItemAddedItem {
    /// Builds a `AccountUpdatedEntitlementChangesItemAddedItem` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            owner: None,
            value: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountUpdatedEntitlementChangesItemAddedItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
