#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LatestOutlierSummary {
    /// The type of outlier summary
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::LatestOutlierSummaryType>,
    /// The date the bulk outlier detection ran/snapshot was created
    #[serde(rename = "snapshotDate", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_date: Option<crate::primitives::DateTime>,
    /// Total number of outliers for the customer making the request
    #[serde(rename = "totalOutliers", default, skip_serializing_if = "Option::is_none")]
    pub total_outliers: Option<i64>,
    /// Total number of identities for the customer making the request
    #[serde(
        rename = "totalIdentities",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub total_identities: Option<i64>,
    /// Total number of ignored outliers
    #[serde(rename = "totalIgnored", default, skip_serializing_if = "Option::is_none")]
    pub total_ignored: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LatestOutlierSummary {
    /// Builds a `LatestOutlierSummary` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            snapshot_date: None,
            total_outliers: None,
            total_identities: None,
            total_ignored: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LatestOutlierSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
