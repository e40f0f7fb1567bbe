#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlierSummary {
    /// The type of outlier summary
    pub r#type: Option<crate::OutlierSummaryType>,
    /// The date the bulk outlier detection ran/snapshot was created
    pub snapshot_date: Option<crate::primitives::DateTime>,
    /// Total number of outliers for the customer making the request
    pub total_outliers: Option<i64>,
    /// Total number of identities for the customer making the request
    pub total_identities: Option<i64>,
    pub total_ignored: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierSummary {
    /// Builds a `OutlierSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutlierSummary {
    r#type: optional::<crate::OutlierSummaryType>(r#type),
    snapshot_date: optional::<crate::primitives::DateTime>(snapshot_date),
    total_outliers: optional::<i64>(total_outliers),
    total_identities: optional::<i64>(total_identities),
    total_ignored: optional::<i64>(total_ignored),
});
crate::serde_helpers::serde_struct!(OutlierSummary {
    r#type: optional("type"),
    snapshot_date: optional("snapshotDate"),
    total_outliers: optional("totalOutliers"),
    total_identities: optional("totalIdentities"),
    total_ignored: optional("totalIgnored"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OutlierSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of outlier summary
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutlierSummaryType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutlierSummaryType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowSimilarity => "LOW_SIMILARITY",
            Self::Structural => "STRUCTURAL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutlierSummaryType {
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => Self::LowSimilarity,
            "STRUCTURAL" => Self::Structural,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutlierSummaryType);
