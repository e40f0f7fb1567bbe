/// Includes the fields of [`BaseSettings`](crate::BaseSettings).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationCrawlerSettings {
    /// Indicates whether the feature or configuration is enabled.
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    pub cluster_id: Option<Option<String>>,
    /// Specifies when resource sizes should be calculated during the crawl operation.
    pub calculate_resource_size: Option<crate::CrawlResourcesSizesOptions>,
    /// Indicates whether to crawl the snapshots folder.
    pub crawl_snapshots_folder: Option<Option<bool>>,
    /// Indicates whether to crawl mailboxes.
    pub crawl_mailboxes: Option<Option<bool>>,
    /// Indicates whether to crawl public folders.
    pub crawl_public_folders: Option<Option<bool>>,
    /// Regular expression pattern for paths to exclude from crawling.
    pub excluded_paths_by_regex: Option<Option<String>>,
    /// List of top-level shares to crawl.
    pub crawl_top_level_shares: Option<Option<Vec<String>>>,
    /// List of resource identifiers to exclude from crawling.
    pub excluded_resources: Option<Option<Vec<String>>>,
    /// List of resource identifiers to include in crawling.
    pub include_resources: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApplicationCrawlerSettings {
    /// Builds a `ApplicationCrawlerSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApplicationCrawlerSettings {
    is_enabled: optional::<bool>(is_enabled),
    cluster_id: nullable::<String>(cluster_id, cluster_id_null),
    calculate_resource_size: optional::<crate::CrawlResourcesSizesOptions>(calculate_resource_size),
    crawl_snapshots_folder: nullable::<bool>(crawl_snapshots_folder, crawl_snapshots_folder_null),
    crawl_mailboxes: nullable::<bool>(crawl_mailboxes, crawl_mailboxes_null),
    crawl_public_folders: nullable::<bool>(crawl_public_folders, crawl_public_folders_null),
    excluded_paths_by_regex: nullable::<String>(excluded_paths_by_regex, excluded_paths_by_regex_null),
    crawl_top_level_shares: nullable::<Vec<String>>(crawl_top_level_shares, crawl_top_level_shares_null),
    excluded_resources: nullable::<Vec<String>>(excluded_resources, excluded_resources_null),
    include_resources: nullable::<Vec<String>>(include_resources, include_resources_null),
});
crate::serde_helpers::serde_struct!(ApplicationCrawlerSettings {
    is_enabled: optional("isEnabled"),
    cluster_id: nullable("clusterId"),
    calculate_resource_size: optional("calculateResourceSize"),
    crawl_snapshots_folder: nullable("crawlSnapshotsFolder"),
    crawl_mailboxes: nullable("crawlMailboxes"),
    crawl_public_folders: nullable("crawlPublicFolders"),
    excluded_paths_by_regex: nullable("excludedPathsByRegex"),
    crawl_top_level_shares: nullable("crawlTopLevelShares"),
    excluded_resources: nullable("excludedResources"),
    include_resources: nullable("includeResources"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApplicationCrawlerSettings {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.calculate_resource_size, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
