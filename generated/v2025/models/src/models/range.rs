/// The range of values to be filtered.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Range {
    /// The lower bound of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<crate::Bound>,
    /// The upper bound of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<crate::Bound>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Range {
    /// Builds a `Range` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lower`.
    pub fn lower(mut self, value: impl Into<crate::Bound>) -> Self {
        self.lower = Some(value.into());
        self
    }
    /// Sets `upper`.
    pub fn upper(mut self, value: impl Into<crate::Bound>) -> Self {
        self.upper = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for Range {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.lower, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.upper, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
