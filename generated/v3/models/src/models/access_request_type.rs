/// Access request type. Defaults to GRANT_ACCESS. REVOKE_ACCESS type can only have a single Identity ID in the requestedFor field. MODIFY_ACCESS type is used for updating access expiration dates or other access modifications.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestType {
    /// `GRANT_ACCESS`
    GrantAccess,
    /// `REVOKE_ACCESS`
    RevokeAccess,
    /// `MODIFY_ACCESS`
    ModifyAccess,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GrantAccess => "GRANT_ACCESS",
            Self::RevokeAccess => "REVOKE_ACCESS",
            Self::ModifyAccess => "MODIFY_ACCESS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestType {
    fn from(value: &str) -> Self {
        match value {
            "GRANT_ACCESS" => Self::GrantAccess,
            "REVOKE_ACCESS" => Self::RevokeAccess,
            "MODIFY_ACCESS" => Self::ModifyAccess,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestType);
