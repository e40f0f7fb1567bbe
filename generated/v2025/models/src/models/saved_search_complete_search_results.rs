/// A preview of the search results for each object type. This includes a count as well as headers, and the first several rows of data, per object type.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SavedSearchCompleteSearchResults {
    /// A table of accounts that match the search criteria.
    #[serde(
        rename = "Account",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account: Option<Option<crate::SavedSearchCompleteSearchResultsAccount>>,
    /// A table of entitlements that match the search criteria.
    #[serde(
        rename = "Entitlement",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub entitlement: Option<Option<crate::SavedSearchCompleteSearchResultsEntitlement>>,
    /// A table of identities that match the search criteria.
    #[serde(
        rename = "Identity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub identity: Option<Option<crate::SavedSearchCompleteSearchResultsIdentity>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchCompleteSearchResults {
    /// Builds a `SavedSearchCompleteSearchResults` with every field unset.
    pub fn new() -> Self {
        Self {
            account: None,
            entitlement: None,
            identity: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResults {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
