#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestableObject {
    /// Id of the requestable object itself
    pub id: Option<String>,
    /// Human-readable display name of the requestable object
    pub name: Option<String>,
    /// The time when the requestable object was created
    pub created: Option<crate::primitives::DateTime>,
    /// The time when the requestable object was last modified
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Description of the requestable object.
    pub description: Option<Option<String>>,
    pub r#type: Option<crate::RequestableObjectType>,
    pub request_status: Option<Option<crate::RequestableObjectRequestStatus>>,
    /// If *requestStatus* is *PENDING*, indicates the id of the associated account activity.
    pub identity_request_id: Option<Option<String>>,
    pub owner_ref: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// Whether the requester must provide comments when requesting the object.
    pub request_comments_required: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RequestableObject {
    /// Builds a `RequestableObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::RequestableObjectType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `request_status`.
    pub fn request_status(
        mut self,
        value: impl Into<crate::RequestableObjectRequestStatus>,
    ) -> Self {
        self.request_status = Some(Some(value.into()));
        self
    }
    /// Sets `request_status` to an explicit `null`.
    pub fn request_status_null(mut self) -> Self {
        self.request_status = Some(None);
        self
    }
    /// Sets `identity_request_id`.
    pub fn identity_request_id(mut self, value: impl Into<String>) -> Self {
        self.identity_request_id = Some(Some(value.into()));
        self
    }
    /// Sets `identity_request_id` to an explicit `null`.
    pub fn identity_request_id_null(mut self) -> Self {
        self.identity_request_id = Some(None);
        self
    }
    /// Sets `owner_ref`.
    pub fn owner_ref(
        mut self,
        value: impl Into<crate::IdentityReferenceWithNameAndEmail>,
    ) -> Self {
        self.owner_ref = Some(Some(value.into()));
        self
    }
    /// Sets `owner_ref` to an explicit `null`.
    pub fn owner_ref_null(mut self) -> Self {
        self.owner_ref = Some(None);
        self
    }
    /// Sets `request_comments_required`.
    pub fn request_comments_required(mut self, value: impl Into<bool>) -> Self {
        self.request_comments_required = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RequestableObject {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: nullable("modified"),
    description: nullable("description"),
    r#type: optional("type"),
    request_status: nullable("requestStatus"),
    identity_request_id: nullable("identityRequestId"),
    owner_ref: nullable("ownerRef"),
    request_comments_required: optional("requestCommentsRequired"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestableObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.request_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
