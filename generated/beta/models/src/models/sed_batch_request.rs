/// Sed Batch Request
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedBatchRequest {
    /// list of entitlement ids
    pub entitlements: Option<Option<Vec<String>>>,
    /// list of sed ids
    pub seds: Option<Option<Vec<String>>>,
    /// Search criteria for the batch request.
    pub search_criteria: Option<
        Option<::indexmap::IndexMap<String, crate::SearchCriteria>>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SedBatchRequest {
    /// Builds a `SedBatchRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entitlements`.
    pub fn entitlements(mut self, value: impl Into<Vec<String>>) -> Self {
        self.entitlements = Some(Some(value.into()));
        self
    }
    /// Sets `entitlements` to an explicit `null`.
    pub fn entitlements_null(mut self) -> Self {
        self.entitlements = Some(None);
        self
    }
    /// Sets `seds`.
    pub fn seds(mut self, value: impl Into<Vec<String>>) -> Self {
        self.seds = Some(Some(value.into()));
        self
    }
    /// Sets `seds` to an explicit `null`.
    pub fn seds_null(mut self) -> Self {
        self.seds = Some(None);
        self
    }
    /// Sets `search_criteria`.
    pub fn search_criteria(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, crate::SearchCriteria>>,
    ) -> Self {
        self.search_criteria = Some(Some(value.into()));
        self
    }
    /// Sets `search_criteria` to an explicit `null`.
    pub fn search_criteria_null(mut self) -> Self {
        self.search_criteria = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(SedBatchRequest {
    entitlements: nullable("entitlements"),
    seds: nullable("seds"),
    search_criteria: nullable("searchCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedBatchRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.search_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
