#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PutApprovalsConfigScope {
    /// `DOMAIN_OBJECT`
    DomainObject,
    /// `ACCOUNT`
    Account,
    /// `ROLE`
    Role,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ENTITLEMENT`
    Entitlement,
    /// `APPROVAL_TYPE`
    ApprovalType,
    /// `TENANT`
    Tenant,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PutApprovalsConfigScope {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DomainObject => "DOMAIN_OBJECT",
            Self::Account => "ACCOUNT",
            Self::Role => "ROLE",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Entitlement => "ENTITLEMENT",
            Self::ApprovalType => "APPROVAL_TYPE",
            Self::Tenant => "TENANT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PutApprovalsConfigScope {
    fn from(value: &str) -> Self {
        match value {
            "DOMAIN_OBJECT" => Self::DomainObject,
            "ACCOUNT" => Self::Account,
            "ROLE" => Self::Role,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ENTITLEMENT" => Self::Entitlement,
            "APPROVAL_TYPE" => Self::ApprovalType,
            "TENANT" => Self::Tenant,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PutApprovalsConfigScope);
