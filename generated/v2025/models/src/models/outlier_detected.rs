#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutlierDetected {
    /// Identity with unusual access, relative to its peers.
    pub identity: crate::OutlierDetectedIdentity,
    /// Identity's outlier type.
    #[serde(rename = "outlierType")]
    pub outlier_type: crate::OutlierDetectedOutlierType,
    /// Dissimilarity score that determines whether the identity is an outlier, ranging from `0.0` to `1.0`. The higher the score, the more likely the identity is an outlier.
    pub score: f64,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OutlierDetected {
    /// Builds a `OutlierDetected` from its required fields; the others are unset.
    pub fn new(
        identity: crate::OutlierDetectedIdentity,
        outlier_type: crate::OutlierDetectedOutlierType,
        score: f64,
    ) -> Self {
        Self {
            identity,
            outlier_type,
            score,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for OutlierDetected {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.outlier_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
