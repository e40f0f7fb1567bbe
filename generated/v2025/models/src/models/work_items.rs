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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkItems {
    /// Builds a `WorkItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `requester_id`.
    pub fn requester_id(mut self, value: impl Into<String>) -> Self {
        self.requester_id = Some(Some(value.into()));
        self
    }
    /// Sets `requester_id` to an explicit `null`.
    pub fn requester_id_null(mut self) -> Self {
        self.requester_id = Some(None);
        self
    }
    /// Sets `requester_display_name`.
    pub fn requester_display_name(mut self, value: impl Into<String>) -> Self {
        self.requester_display_name = Some(Some(value.into()));
        self
    }
    /// Sets `requester_display_name` to an explicit `null`.
    pub fn requester_display_name_null(mut self) -> Self {
        self.requester_display_name = Some(None);
        self
    }
    /// Sets `owner_id`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(Some(value.into()));
        self
    }
    /// Sets `owner_id` to an explicit `null`.
    pub fn owner_id_null(mut self) -> Self {
        self.owner_id = Some(None);
        self
    }
    /// Sets `owner_name`.
    pub fn owner_name(mut self, value: impl Into<String>) -> Self {
        self.owner_name = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(
        mut self,
        value: impl Into<crate::WorkItemStateManualWorkItems>,
    ) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::WorkItemTypeManualWorkItems>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `remediation_items`.
    pub fn remediation_items(
        mut self,
        value: impl Into<Vec<crate::RemediationItems>>,
    ) -> Self {
        self.remediation_items = Some(Some(value.into()));
        self
    }
    /// Sets `remediation_items` to an explicit `null`.
    pub fn remediation_items_null(mut self) -> Self {
        self.remediation_items = Some(None);
        self
    }
    /// Sets `approval_items`.
    pub fn approval_items(
        mut self,
        value: impl Into<Vec<crate::ApprovalItems>>,
    ) -> Self {
        self.approval_items = Some(Some(value.into()));
        self
    }
    /// Sets `approval_items` to an explicit `null`.
    pub fn approval_items_null(mut self) -> Self {
        self.approval_items = Some(None);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `completed`.
    pub fn completed(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.completed = Some(Some(value.into()));
        self
    }
    /// Sets `completed` to an explicit `null`.
    pub fn completed_null(mut self) -> Self {
        self.completed = Some(None);
        self
    }
    /// Sets `num_items`.
    pub fn num_items(mut self, value: impl Into<i32>) -> Self {
        self.num_items = Some(Some(value.into()));
        self
    }
    /// Sets `num_items` to an explicit `null`.
    pub fn num_items_null(mut self) -> Self {
        self.num_items = Some(None);
        self
    }
    /// Sets `form`.
    pub fn form(mut self, value: impl Into<crate::FormDetails>) -> Self {
        self.form = Some(Some(value.into()));
        self
    }
    /// Sets `form` to an explicit `null`.
    pub fn form_null(mut self) -> Self {
        self.form = Some(None);
        self
    }
    /// Sets `errors`.
    pub fn errors(mut self, value: impl Into<Vec<String>>) -> Self {
        self.errors = Some(value.into());
        self
    }
}
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
