/// Approval Identity Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalIdentity {
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Identity ID of the type of identity defined in the 'type' field.
    #[serde(rename = "identityID", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// List of members of a governance group. Will be omitted if the identity is not a governance group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<crate::ApprovalIdentityMembersItem>>,
    /// Name of the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of owned items. For example, will show the items in which a ROLE_OWNER owns. Omitted if not an owner of anything.
    #[serde(rename = "ownerOf", default, skip_serializing_if = "Option::is_none")]
    pub owner_of: Option<Vec<crate::ApprovalIdentityOwnerOfItem>>,
    /// The serial step of the identity in the approval. For example serialOrder 1 is the first identity to action in an approval request chain. Parallel approvals are set to 0.
    #[serde(rename = "serialOrder", default, skip_serializing_if = "Option::is_none")]
    pub serial_order: Option<i64>,
    /// Type of identityID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ApprovalIdentityType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalIdentity {
    /// Builds a `ApprovalIdentity` with every field unset.
    pub fn new() -> Self {
        Self {
            email: None,
            identity_id: None,
            members: None,
            name: None,
            owner_of: None,
            serial_order: None,
            r#type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.members, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_of, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
