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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedBatchRequest {
    /// Builds a `SedBatchRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedBatchRequest {
    entitlements: nullable::<Vec<String>>(entitlements, entitlements_null),
    seds: nullable::<Vec<String>>(seds, seds_null),
    search_criteria: nullable::<::indexmap::IndexMap<String, crate::SearchCriteria>>(search_criteria, search_criteria_null),
});
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
