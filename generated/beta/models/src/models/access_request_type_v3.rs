/// Access request type. Defaults to GRANT_ACCESS. REVOKE_ACCESS type can only have a single Identity ID in the requestedFor field. MODIFY_ACCESS type is used for updating access expiration dates or other access modifications.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestTypeV3 {
    /// `GRANT_ACCESS`
    GrantAccess,
    /// `REVOKE_ACCESS`
    RevokeAccess,
    /// `MODIFY_ACCESS`
    ModifyAccess,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestTypeV3 {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GrantAccess => "GRANT_ACCESS",
            Self::RevokeAccess => "REVOKE_ACCESS",
            Self::ModifyAccess => "MODIFY_ACCESS",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for AccessRequestTypeV3 {
    fn from(value: &str) -> Self {
        match value {
            "GRANT_ACCESS" => Self::GrantAccess,
            "REVOKE_ACCESS" => Self::RevokeAccess,
            "MODIFY_ACCESS" => Self::ModifyAccess,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AccessRequestTypeV3 {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for AccessRequestTypeV3 {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for AccessRequestTypeV3 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccessRequestTypeV3 {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccessRequestTypeV3 {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestTypeV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
