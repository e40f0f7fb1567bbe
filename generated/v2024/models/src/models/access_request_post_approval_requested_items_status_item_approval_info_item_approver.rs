/// The identity of the approver.
///
/// Includes the fields of [`AccessItemApproverDto`](crate::AccessItemApproverDto).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover {
    /// The type of object that is referenced
    pub r#type: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType,
    /// ID of identity who approved the access item request.
    pub id: String,
    /// Human-readable display name of identity who approved the access item request.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover {
    /// Builds a `AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType,
        id: String,
        name: String,
    ) -> Self {
        Self {
            r#type,
            id,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
