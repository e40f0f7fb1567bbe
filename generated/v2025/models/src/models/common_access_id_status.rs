#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CommonAccessIdStatus {
    /// List of confirmed common access ids.
    #[serde(rename = "confirmedIds", default, skip_serializing_if = "Option::is_none")]
    pub confirmed_ids: Option<Vec<String>>,
    /// List of denied common access ids.
    #[serde(rename = "deniedIds", default, skip_serializing_if = "Option::is_none")]
    pub denied_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CommonAccessIdStatus {
    /// Builds a `CommonAccessIdStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `confirmed_ids`.
    pub fn confirmed_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.confirmed_ids = Some(value.into());
        self
    }
    /// Sets `denied_ids`.
    pub fn denied_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.denied_ids = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for CommonAccessIdStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
