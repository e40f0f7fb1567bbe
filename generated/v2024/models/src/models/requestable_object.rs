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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestableObject {
    /// Builds a `RequestableObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RequestableObject {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    description: nullable::<String>(description, description_null),
    r#type: optional::<crate::RequestableObjectType>(r#type),
    request_status: nullable::<crate::RequestableObjectRequestStatus>(request_status, request_status_null),
    identity_request_id: nullable::<String>(identity_request_id, identity_request_id_null),
    owner_ref: nullable::<crate::IdentityReferenceWithNameAndEmail>(owner_ref, owner_ref_null),
    request_comments_required: optional::<bool>(request_comments_required),
});
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
