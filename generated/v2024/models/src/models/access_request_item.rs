#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestItem {
    /// The type of the item being requested.
    pub r#type: crate::AccessRequestItemType,
    /// ID of Role, Access Profile or Entitlement being requested.
    pub id: String,
    /// Comment provided by requester.
    /// * Comment is required when the request is of type Revoke Access.
    pub comment: Option<String>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities and /access-request-status.
    pub client_metadata: Option<::indexmap::IndexMap<String, String>>,
    /// The date and time the role or access profile or entitlement is/will be provisioned to the specified identity. Also known as the sunrise date.
    /// * Specify a date-time in the future.
    /// * This date-time can be used to indicate date-time when access item will be provisioned on the identity account. A GRANT_ACCESS request can use startDate to specify when to schedule provisioning of access item for an identity/account & a MODIFY_ACCESS request can use startDate to change the provisioning date-time of already assigned access item. But REVOKE_ACCESS request can not have startDate field. You can change the sunrise date in requests for yourself or others you are authorized to request for.
    /// * If the startDate is in the past, then the provisioning will be processed as soon as possible, but no guarantees can be made about when the provisioning will occur. If the startDate is in the future, then the provisioning will be scheduled to occur on that date and time. If no startDate is provided, then the provisioning will be processed as soon as possible.
    pub start_date: Option<crate::primitives::DateTime>,
    /// The date and time the role or access profile or entitlement is no longer assigned to the specified identity. Also known as the expiration date.
    /// * Specify a date-time in the future.
    /// * The current SLA for the deprovisioning is 24 hours.
    /// * This date-time can be used to change the duration of an existing access item assignment for the specified identity. A GRANT_ACCESS request can extend duration or even remove an expiration date, and either a  GRANT_ACCESS or REVOKE_ACCESS request can reduce duration or add an expiration date where one has not previously been present. You can change the expiration date in requests for yourself or others you are authorized to request for.
    pub remove_date: Option<crate::primitives::DateTime>,
    /// The assignmentId for a specific role assignment on the identity. This id is used to revoke that specific roleAssignment on that identity.
    /// * For use with REVOKE_ACCESS requests for roles for identities with multiple accounts on a single source.
    pub assignment_id: Option<Option<String>>,
    /// The unique identifier for an account on the identity, designated as the account ID attribute in the source's account schema. This is used to revoke a specific attributeAssignment on the identity.
    /// * For use with REVOKE_ACCESS requests for entitlements for identities with multiple accounts on a single source.
    pub native_identity: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestItem {
    /// Builds a `AccessRequestItem` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::AccessRequestItemType>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            comment: None,
            client_metadata: None,
            start_date: None,
            remove_date: None,
            assignment_id: None,
            native_identity: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequestItem {
    comment: optional::<String>(comment),
    client_metadata: optional::<::indexmap::IndexMap<String, String>>(client_metadata),
    start_date: optional::<crate::primitives::DateTime>(start_date),
    remove_date: optional::<crate::primitives::DateTime>(remove_date),
    assignment_id: nullable::<String>(assignment_id, assignment_id_null),
    native_identity: nullable::<String>(native_identity, native_identity_null),
});
crate::serde_helpers::serde_struct!(AccessRequestItem {
    r#type: required("type"),
    id: required("id"),
    comment: optional("comment"),
    client_metadata: optional("clientMetadata"),
    start_date: optional("startDate"),
    remove_date: optional("removeDate"),
    assignment_id: nullable("assignmentId"),
    native_identity: nullable("nativeIdentity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the item being requested.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestItemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestItemType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestItemType);
