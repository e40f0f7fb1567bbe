#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessReviewItem {
    pub access_summary: Option<crate::AccessSummary>,
    pub identity_summary: Option<crate::CertificationIdentitySummary>,
    /// The review item's id
    pub id: Option<String>,
    /// Whether the review item is complete
    pub completed: Option<bool>,
    /// Indicates whether the review item is for new access to a source
    pub new_access: Option<bool>,
    pub decision: Option<crate::CertificationDecision>,
    /// Comments for this review item
    pub comments: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessReviewItem {
    /// Builds a `AccessReviewItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessReviewItem {
    access_summary: optional::<crate::AccessSummary>(access_summary),
    identity_summary: optional::<crate::CertificationIdentitySummary>(identity_summary),
    id: optional::<String>(id),
    completed: optional::<bool>(completed),
    new_access: optional::<bool>(new_access),
    decision: optional::<crate::CertificationDecision>(decision),
    comments: nullable::<String>(comments, comments_null),
});
crate::serde_helpers::serde_struct!(AccessReviewItem {
    access_summary: optional("accessSummary"),
    identity_summary: optional("identitySummary"),
    id: optional("id"),
    completed: optional("completed"),
    new_access: optional("newAccess"),
    decision: optional("decision"),
    comments: nullable("comments"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessReviewItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
