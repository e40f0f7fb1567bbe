#[derive(Debug, Clone, PartialEq)]
pub struct ReviewDecision {
    /// The id of the review decision
    pub id: String,
    pub decision: crate::CertificationDecision,
    /// The date at which a user's access should be taken away. Should only be set for `REVOKE` decisions.
    pub proposed_end_date: Option<crate::primitives::DateTime>,
    /// Indicates whether decision should be marked as part of a larger bulk decision
    pub bulk: bool,
    pub recommendation: Option<Option<crate::ReviewRecommendation>>,
    /// Comments recorded when the decision was made
    pub comments: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReviewDecision {
    /// Builds a `ReviewDecision` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        decision: impl Into<crate::CertificationDecision>,
        bulk: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            decision: decision.into(),
            proposed_end_date: None,
            bulk: bulk.into(),
            recommendation: None,
            comments: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ReviewDecision {
    proposed_end_date: optional::<crate::primitives::DateTime>(proposed_end_date),
    recommendation: nullable::<crate::ReviewRecommendation>(recommendation, recommendation_null),
    comments: optional::<String>(comments),
});
crate::serde_helpers::serde_struct!(ReviewDecision {
    id: required("id"),
    decision: required("decision"),
    proposed_end_date: optional("proposedEndDate"),
    bulk: required("bulk"),
    recommendation: nullable("recommendation"),
    comments: optional("comments"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReviewDecision {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recommendation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
