#[derive(Debug, Clone, PartialEq)]
pub struct RequestedItemDtoRef {
    /// The type of the item being requested.
    pub r#type: crate::RequestedItemDtoRefType,
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
    /// The accounts where the access item will be provisioned to
    /// * Includes selections performed by the user in the event of multiple accounts existing on the same source
    /// * Also includes details for sources where user only has one account
    pub account_selection: Option<Option<Vec<crate::SourceItemRef>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestedItemDtoRef {
    /// Builds a `RequestedItemDtoRef` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::RequestedItemDtoRefType>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            comment: None,
            client_metadata: None,
            start_date: None,
            remove_date: None,
            account_selection: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RequestedItemDtoRef {
    comment: optional::<String>(comment),
    client_metadata: optional::<::indexmap::IndexMap<String, String>>(client_metadata),
    start_date: optional::<crate::primitives::DateTime>(start_date),
    remove_date: optional::<crate::primitives::DateTime>(remove_date),
    account_selection: nullable::<Vec<crate::SourceItemRef>>(account_selection, account_selection_null),
});
crate::serde_helpers::serde_struct!(RequestedItemDtoRef {
    r#type: required("type"),
    id: required("id"),
    comment: optional("comment"),
    client_metadata: optional("clientMetadata"),
    start_date: optional("startDate"),
    remove_date: optional("removeDate"),
    account_selection: nullable("accountSelection"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedItemDtoRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_selection, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the item being requested.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestedItemDtoRefType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestedItemDtoRefType {
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
impl From<&str> for RequestedItemDtoRefType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestedItemDtoRefType);
