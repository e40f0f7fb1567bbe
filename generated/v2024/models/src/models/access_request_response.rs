#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestResponse {
    /// A list of new access request tracking data mapped to the values requested.
    #[serde(rename = "newRequests", default, skip_serializing_if = "Option::is_none")]
    pub new_requests: Option<Vec<crate::AccessRequestTracking>>,
    /// A list of existing access request tracking data mapped to the values requested.  This indicates access has already been requested for this item.
    #[serde(
        rename = "existingRequests",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub existing_requests: Option<Vec<crate::AccessRequestTracking>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestResponse {
    /// Builds a `AccessRequestResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `new_requests`.
    pub fn new_requests(
        mut self,
        value: impl Into<Vec<crate::AccessRequestTracking>>,
    ) -> Self {
        self.new_requests = Some(value.into());
        self
    }
    /// Sets `existing_requests`.
    pub fn existing_requests(
        mut self,
        value: impl Into<Vec<crate::AccessRequestTracking>>,
    ) -> Self {
        self.existing_requests = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.new_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.existing_requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
