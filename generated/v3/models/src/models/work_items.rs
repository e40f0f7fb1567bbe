#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WorkItems {
    /// ID of the work item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the requester
    #[serde(
        rename = "requesterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub requester_id: Option<Option<String>>,
    /// The displayname of the requester
    #[serde(
        rename = "requesterDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub requester_display_name: Option<Option<String>>,
    /// The ID of the owner
    #[serde(
        rename = "ownerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner_id: Option<Option<String>>,
    /// The name of the owner
    #[serde(rename = "ownerName", default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// Time when the work item was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the work item was last updated
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// The description of the work item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::WorkItemStateManualWorkItems>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::WorkItemTypeManualWorkItems>,
    /// A list of remediation items
    #[serde(
        rename = "remediationItems",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub remediation_items: Option<Option<Vec<crate::RemediationItems>>>,
    /// A list of items that need to be approved
    #[serde(
        rename = "approvalItems",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub approval_items: Option<Option<Vec<crate::ApprovalItems>>>,
    /// The work item name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// The time at which the work item completed
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completed: Option<Option<crate::primitives::DateTime>>,
    /// The number of items in the work item
    #[serde(
        rename = "numItems",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub num_items: Option<Option<i32>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub form: Option<Option<crate::FormDetails>>,
    /// An array of errors that ocurred during the work item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkItems {
    /// Builds a `WorkItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for WorkItems {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.remediation_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
