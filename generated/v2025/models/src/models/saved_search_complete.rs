#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SavedSearchComplete {
    /// A name for the report file.
    #[serde(rename = "fileName")]
    pub file_name: String,
    /// The email address of the identity that owns the saved search.
    #[serde(rename = "ownerEmail")]
    pub owner_email: String,
    /// The name of the identity that owns the saved search.
    #[serde(rename = "ownerName")]
    pub owner_name: String,
    /// The search query that was used to generate the report.
    pub query: String,
    /// The name of the saved search.
    #[serde(rename = "searchName")]
    pub search_name: String,
    /// A preview of the search results for each object type. This includes a count as well as headers, and the first several rows of data, per object type.
    #[serde(rename = "searchResults")]
    pub search_results: crate::SavedSearchCompleteSearchResults,
    /// The Amazon S3 URL to download the report from.
    #[serde(rename = "signedS3Url")]
    pub signed_s3_url: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchComplete {
    /// Builds a `SavedSearchComplete` from its required fields; the others are unset.
    pub fn new(
        file_name: String,
        owner_email: String,
        owner_name: String,
        query: String,
        search_name: String,
        search_results: crate::SavedSearchCompleteSearchResults,
        signed_s3_url: String,
    ) -> Self {
        Self {
            file_name,
            owner_email,
            owner_name,
            query,
            search_name,
            search_results,
            signed_s3_url,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SavedSearchComplete {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.search_results, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
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
        Self::default()
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
/// A table of accounts that match the search criteria.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SavedSearchCompleteSearchResultsAccount {
    /// The number of rows in the table.
    pub count: String,
    /// The type of object represented in the table.
    pub noun: String,
    /// A sample of the data in the table.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsAccount {
    /// Builds a `SavedSearchCompleteSearchResultsAccount` from its required fields; the others are unset.
    pub fn new(count: String, noun: String, preview: Vec<Vec<String>>) -> Self {
        Self {
            count,
            noun,
            preview,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// A table of entitlements that match the search criteria.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SavedSearchCompleteSearchResultsEntitlement {
    /// The number of rows in the table.
    pub count: String,
    /// The type of object represented in the table.
    pub noun: String,
    /// A sample of the data in the table.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsEntitlement {
    /// Builds a `SavedSearchCompleteSearchResultsEntitlement` from its required fields; the others are unset.
    pub fn new(count: String, noun: String, preview: Vec<Vec<String>>) -> Self {
        Self {
            count,
            noun,
            preview,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// A table of identities that match the search criteria.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SavedSearchCompleteSearchResultsIdentity {
    /// The number of rows in the table.
    pub count: String,
    /// The type of object represented in the table.
    pub noun: String,
    /// A sample of the data in the table.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsIdentity {
    /// Builds a `SavedSearchCompleteSearchResultsIdentity` from its required fields; the others are unset.
    pub fn new(count: String, noun: String, preview: Vec<Vec<String>>) -> Self {
        Self {
            count,
            noun,
            preview,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
