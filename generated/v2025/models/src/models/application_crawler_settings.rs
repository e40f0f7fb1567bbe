/// Includes the fields of [`BaseSettings`](crate::BaseSettings).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationCrawlerSettings {
    /// Indicates whether the feature or configuration is enabled.
    #[serde(rename = "isEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    #[serde(
        rename = "clusterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cluster_id: Option<Option<String>>,
    /// Specifies when resource sizes should be calculated during the crawl operation.
    #[serde(
        rename = "calculateResourceSize",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub calculate_resource_size: Option<crate::CrawlResourcesSizesOptions>,
    /// Indicates whether to crawl the snapshots folder.
    #[serde(
        rename = "crawlSnapshotsFolder",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub crawl_snapshots_folder: Option<Option<bool>>,
    /// Indicates whether to crawl mailboxes.
    #[serde(
        rename = "crawlMailboxes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub crawl_mailboxes: Option<Option<bool>>,
    /// Indicates whether to crawl public folders.
    #[serde(
        rename = "crawlPublicFolders",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub crawl_public_folders: Option<Option<bool>>,
    /// Regular expression pattern for paths to exclude from crawling.
    #[serde(
        rename = "excludedPathsByRegex",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub excluded_paths_by_regex: Option<Option<String>>,
    /// List of top-level shares to crawl.
    #[serde(
        rename = "crawlTopLevelShares",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub crawl_top_level_shares: Option<Option<Vec<String>>>,
    /// List of resource identifiers to exclude from crawling.
    #[serde(
        rename = "excludedResources",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub excluded_resources: Option<Option<Vec<String>>>,
    /// List of resource identifiers to include in crawling.
    #[serde(
        rename = "includeResources",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub include_resources: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApplicationCrawlerSettings {
    /// Builds a `ApplicationCrawlerSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ApplicationCrawlerSettings {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.calculate_resource_size, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
