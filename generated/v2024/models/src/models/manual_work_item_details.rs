#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManualWorkItemDetails {
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<bool>,
    /// Identity of original work item owner, if the work item has been forwarded.
    #[serde(
        rename = "originalOwner",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub original_owner: Option<Option<crate::ManualWorkItemDetailsOriginalOwner>>,
    /// Identity of current work item owner.
    #[serde(
        rename = "currentOwner",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub current_owner: Option<Option<crate::ManualWorkItemDetailsCurrentOwner>>,
    /// Time at which item was modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::ManualWorkItemState>,
    /// The history of approval forward action.
    #[serde(
        rename = "forwardHistory",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub forward_history: Option<Option<Vec<crate::ApprovalForwardHistory>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManualWorkItemDetails {
    /// Builds a `ManualWorkItemDetails` with every field unset.
    pub fn new() -> Self {
        Self {
            forwarded: None,
            original_owner: None,
            current_owner: None,
            modified: None,
            status: None,
            forward_history: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.original_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.current_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.forward_history, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
