#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkItems {
    /// ID of the work item
    pub id: Option<String>,
    /// ID of the requester
    pub requester_id: Option<Option<String>>,
    /// The displayname of the requester
    pub requester_display_name: Option<Option<String>>,
    /// The ID of the owner
    pub owner_id: Option<Option<String>>,
    /// The name of the owner
    pub owner_name: Option<String>,
    /// Time when the work item was created
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the work item was last updated
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// The description of the work item
    pub description: Option<String>,
    pub state: Option<crate::WorkItemStateManualWorkItems>,
    pub r#type: Option<crate::WorkItemTypeManualWorkItems>,
    /// A list of remediation items
    pub remediation_items: Option<Option<Vec<crate::RemediationItems>>>,
    /// A list of items that need to be approved
    pub approval_items: Option<Option<Vec<crate::ApprovalItems>>>,
    /// The work item name
    pub name: Option<Option<String>>,
    /// The time at which the work item completed
    pub completed: Option<Option<crate::primitives::DateTime>>,
    /// The number of items in the work item
    pub num_items: Option<Option<i32>>,
    pub form: Option<Option<crate::FormDetails>>,
    /// An array of errors that ocurred during the work item
    pub errors: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkItems {
    /// Builds a `WorkItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkItems {
    id: optional::<String>(id),
    requester_id: nullable::<String>(requester_id, requester_id_null),
    requester_display_name: nullable::<String>(requester_display_name, requester_display_name_null),
    owner_id: nullable::<String>(owner_id, owner_id_null),
    owner_name: optional::<String>(owner_name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    description: optional::<String>(description),
    state: optional::<crate::WorkItemStateManualWorkItems>(state),
    r#type: optional::<crate::WorkItemTypeManualWorkItems>(r#type),
    remediation_items: nullable::<Vec<crate::RemediationItems>>(remediation_items, remediation_items_null),
    approval_items: nullable::<Vec<crate::ApprovalItems>>(approval_items, approval_items_null),
    name: nullable::<String>(name, name_null),
    completed: nullable::<crate::primitives::DateTime>(completed, completed_null),
    num_items: nullable::<i32>(num_items, num_items_null),
    form: nullable::<crate::FormDetails>(form, form_null),
    errors: optional::<Vec<String>>(errors),
});
crate::serde_helpers::serde_struct!(WorkItems {
    id: optional("id"),
    requester_id: nullable("requesterId"),
    requester_display_name: nullable("requesterDisplayName"),
    owner_id: nullable("ownerId"),
    owner_name: optional("ownerName"),
    created: optional("created"),
    modified: nullable("modified"),
    description: optional("description"),
    state: optional("state"),
    r#type: optional("type"),
    remediation_items: nullable("remediationItems"),
    approval_items: nullable("approvalItems"),
    name: nullable("name"),
    completed: nullable("completed"),
    num_items: nullable("numItems"),
    form: nullable("form"),
    errors: optional("errors"),
    ..additional_properties
});
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
