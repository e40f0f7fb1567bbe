#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestableObject {
    /// Id of the requestable object itself
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of the requestable object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when the requestable object was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// The time when the requestable object was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Description of the requestable object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::RequestableObjectType>,
    #[serde(
        rename = "requestStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub request_status: Option<Option<crate::RequestableObjectRequestStatus>>,
    /// If *requestStatus* is *PENDING*, indicates the id of the associated account activity.
    #[serde(
        rename = "identityRequestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub identity_request_id: Option<Option<String>>,
    #[serde(
        rename = "ownerRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner_ref: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// Whether the requester must provide comments when requesting the object.
    #[serde(
        rename = "requestCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub request_comments_required: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RequestableObject {
    /// Builds a `RequestableObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for RequestableObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.request_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
