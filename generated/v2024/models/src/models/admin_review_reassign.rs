#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdminReviewReassign {
    /// List of certification IDs to reassign
    #[serde(
        rename = "certificationIds",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub certification_ids: Option<Vec<String>>,
    #[serde(rename = "reassignTo", default, skip_serializing_if = "Option::is_none")]
    pub reassign_to: Option<crate::AdminReviewReassignReassignTo>,
    /// Comment to explain why the certification was reassigned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AdminReviewReassign {
    /// Builds a `AdminReviewReassign` with every field unset.
    pub fn new() -> Self {
        Self {
            certification_ids: None,
            reassign_to: None,
            reason: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AdminReviewReassign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reassign_to, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
