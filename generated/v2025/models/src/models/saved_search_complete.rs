#[derive(Debug, Clone, PartialEq)]
pub struct SavedSearchComplete {
    /// A name for the report file.
    pub file_name: String,
    /// The email address of the identity that owns the saved search.
    pub owner_email: String,
    /// The name of the identity that owns the saved search.
    pub owner_name: String,
    /// The search query that was used to generate the report.
    pub query: String,
    /// The name of the saved search.
    pub search_name: String,
    /// A preview of the search results for each object type. This includes a count as well as headers, and the first several rows of data, per object type.
    pub search_results: crate::SavedSearchCompleteSearchResults,
    /// The Amazon S3 URL to download the report from.
    pub signed_s3_url: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SavedSearchComplete {
    /// Builds a `SavedSearchComplete` from its required fields; the others are unset.
    pub fn new(
        file_name: impl Into<String>,
        owner_email: impl Into<String>,
        owner_name: impl Into<String>,
        query: impl Into<String>,
        search_name: impl Into<String>,
        search_results: impl Into<crate::SavedSearchCompleteSearchResults>,
        signed_s3_url: impl Into<String>,
    ) -> Self {
        Self {
            file_name: file_name.into(),
            owner_email: owner_email.into(),
            owner_name: owner_name.into(),
            query: query.into(),
            search_name: search_name.into(),
            search_results: search_results.into(),
            signed_s3_url: signed_s3_url.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SavedSearchComplete {
    file_name: required("fileName"),
    owner_email: required("ownerEmail"),
    owner_name: required("ownerName"),
    query: required("query"),
    search_name: required("searchName"),
    search_results: required("searchResults"),
    signed_s3_url: required("signedS3Url"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SavedSearchComplete {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.search_results, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// A preview of the search results for each object type. This includes a count as well as headers, and the first several rows of data, per object type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SavedSearchCompleteSearchResults {
    /// A table of accounts that match the search criteria.
    pub account: Option<Option<crate::SavedSearchCompleteSearchResultsAccount>>,
    /// A table of entitlements that match the search criteria.
    pub entitlement: Option<Option<crate::SavedSearchCompleteSearchResultsEntitlement>>,
    /// A table of identities that match the search criteria.
    pub identity: Option<Option<crate::SavedSearchCompleteSearchResultsIdentity>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SavedSearchCompleteSearchResults {
    /// Builds a `SavedSearchCompleteSearchResults` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SavedSearchCompleteSearchResults {
    account: nullable::<crate::SavedSearchCompleteSearchResultsAccount>(account, account_null),
    entitlement: nullable::<crate::SavedSearchCompleteSearchResultsEntitlement>(entitlement, entitlement_null),
    identity: nullable::<crate::SavedSearchCompleteSearchResultsIdentity>(identity, identity_null),
});
crate::serde_helpers::serde_struct!(SavedSearchCompleteSearchResults {
    account: nullable("Account"),
    entitlement: nullable("Entitlement"),
    identity: nullable("Identity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResults {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// A table of accounts that match the search criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSearchCompleteSearchResultsAccount {
    /// The number of rows in the table.
    pub count: String,
    /// The type of object represented in the table.
    pub noun: String,
    /// A sample of the data in the table.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsAccount {
    /// Builds a `SavedSearchCompleteSearchResultsAccount` from its required fields; the others are unset.
    pub fn new(
        count: impl Into<String>,
        noun: impl Into<String>,
        preview: impl Into<Vec<Vec<String>>>,
    ) -> Self {
        Self {
            count: count.into(),
            noun: noun.into(),
            preview: preview.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SavedSearchCompleteSearchResultsAccount {
    count: required("count"),
    noun: required("noun"),
    preview: required("preview"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// A table of entitlements that match the search criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSearchCompleteSearchResultsEntitlement {
    /// The number of rows in the table.
    pub count: String,
    /// The type of object represented in the table.
    pub noun: String,
    /// A sample of the data in the table.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsEntitlement {
    /// Builds a `SavedSearchCompleteSearchResultsEntitlement` from its required fields; the others are unset.
    pub fn new(
        count: impl Into<String>,
        noun: impl Into<String>,
        preview: impl Into<Vec<Vec<String>>>,
    ) -> Self {
        Self {
            count: count.into(),
            noun: noun.into(),
            preview: preview.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SavedSearchCompleteSearchResultsEntitlement {
    count: required("count"),
    noun: required("noun"),
    preview: required("preview"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// A table of identities that match the search criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSearchCompleteSearchResultsIdentity {
    /// The number of rows in the table.
    pub count: String,
    /// The type of object represented in the table.
    pub noun: String,
    /// A sample of the data in the table.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsIdentity {
    /// Builds a `SavedSearchCompleteSearchResultsIdentity` from its required fields; the others are unset.
    pub fn new(
        count: impl Into<String>,
        noun: impl Into<String>,
        preview: impl Into<Vec<Vec<String>>>,
    ) -> Self {
        Self {
            count: count.into(),
            noun: noun.into(),
            preview: preview.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SavedSearchCompleteSearchResultsIdentity {
    count: required("count"),
    noun: required("noun"),
    preview: required("preview"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
