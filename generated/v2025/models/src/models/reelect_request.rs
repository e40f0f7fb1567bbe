#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReelectRequest {
    /// The UUID of the identity proposed to be re-elected as the resource owner.
    ///
    /// Format: `uuid`.
    pub owner_id: Option<String>,
    /// The name of the campaign or election process for re-electing the owner.
    pub campaign_name: Option<Option<String>>,
    /// A list of UUIDs representing the identities of reviewers participating in the re-election process.
    pub reviewers: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReelectRequest {
    /// Builds a `ReelectRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReelectRequest {
    owner_id: optional::<String>(owner_id),
    campaign_name: nullable::<String>(campaign_name, campaign_name_null),
    reviewers: nullable::<Vec<String>>(reviewers, reviewers_null),
});
crate::serde_helpers::serde_struct!(ReelectRequest {
    owner_id: optional("ownerId"),
    campaign_name: nullable("campaignName"),
    reviewers: nullable("reviewers"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReelectRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
