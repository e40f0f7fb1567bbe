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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApplicationCrawlerSettings {
    /// Builds a `ApplicationCrawlerSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `is_enabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.is_enabled = Some(value.into());
        self
    }
    /// Sets `cluster_id`.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(Some(value.into()));
        self
    }
    /// Sets `cluster_id` to an explicit `null`.
    pub fn cluster_id_null(mut self) -> Self {
        self.cluster_id = Some(None);
        self
    }
    /// Sets `calculate_resource_size`.
    pub fn calculate_resource_size(
        mut self,
        value: impl Into<crate::CrawlResourcesSizesOptions>,
    ) -> Self {
        self.calculate_resource_size = Some(value.into());
        self
    }
    /// Sets `crawl_snapshots_folder`.
    pub fn crawl_snapshots_folder(mut self, value: impl Into<bool>) -> Self {
        self.crawl_snapshots_folder = Some(Some(value.into()));
        self
    }
    /// Sets `crawl_snapshots_folder` to an explicit `null`.
    pub fn crawl_snapshots_folder_null(mut self) -> Self {
        self.crawl_snapshots_folder = Some(None);
        self
    }
    /// Sets `crawl_mailboxes`.
    pub fn crawl_mailboxes(mut self, value: impl Into<bool>) -> Self {
        self.crawl_mailboxes = Some(Some(value.into()));
        self
    }
    /// Sets `crawl_mailboxes` to an explicit `null`.
    pub fn crawl_mailboxes_null(mut self) -> Self {
        self.crawl_mailboxes = Some(None);
        self
    }
    /// Sets `crawl_public_folders`.
    pub fn crawl_public_folders(mut self, value: impl Into<bool>) -> Self {
        self.crawl_public_folders = Some(Some(value.into()));
        self
    }
    /// Sets `crawl_public_folders` to an explicit `null`.
    pub fn crawl_public_folders_null(mut self) -> Self {
        self.crawl_public_folders = Some(None);
        self
    }
    /// Sets `excluded_paths_by_regex`.
    pub fn excluded_paths_by_regex(mut self, value: impl Into<String>) -> Self {
        self.excluded_paths_by_regex = Some(Some(value.into()));
        self
    }
    /// Sets `excluded_paths_by_regex` to an explicit `null`.
    pub fn excluded_paths_by_regex_null(mut self) -> Self {
        self.excluded_paths_by_regex = Some(None);
        self
    }
    /// Sets `crawl_top_level_shares`.
    pub fn crawl_top_level_shares(mut self, value: impl Into<Vec<String>>) -> Self {
        self.crawl_top_level_shares = Some(Some(value.into()));
        self
    }
    /// Sets `crawl_top_level_shares` to an explicit `null`.
    pub fn crawl_top_level_shares_null(mut self) -> Self {
        self.crawl_top_level_shares = Some(None);
        self
    }
    /// Sets `excluded_resources`.
    pub fn excluded_resources(mut self, value: impl Into<Vec<String>>) -> Self {
        self.excluded_resources = Some(Some(value.into()));
        self
    }
    /// Sets `excluded_resources` to an explicit `null`.
    pub fn excluded_resources_null(mut self) -> Self {
        self.excluded_resources = Some(None);
        self
    }
    /// Sets `include_resources`.
    pub fn include_resources(mut self, value: impl Into<Vec<String>>) -> Self {
        self.include_resources = Some(Some(value.into()));
        self
    }
    /// Sets `include_resources` to an explicit `null`.
    pub fn include_resources_null(mut self) -> Self {
        self.include_resources = Some(None);
        self
    }
}
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
