/// OFF will prevent the approval request from being assigned to the requester or requestee by assigning it to their manager instead.
/// DIRECT when the requester != requestee this will cause steps assigned directly to the requester to be auto-approved.
/// INDIRECT when the requester != requestee this will cause steps assigned to the requester or a group containing the requester to be auto-approved.
/// This field will only be effective if requestedTarget.reauthRequired is set to false, otherwise the approval will have to be manually approved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigAutoApprove {
    /// `OFF`
    Off,
    /// `DIRECT`
    Direct,
    /// `INDIRECT`
    Indirect,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigAutoApprove {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Direct => "DIRECT",
            Self::Indirect => "INDIRECT",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ApprovalConfigAutoApprove {
    fn from(value: &str) -> Self {
        match value {
            "OFF" => Self::Off,
            "DIRECT" => Self::Direct,
            "INDIRECT" => Self::Indirect,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ApprovalConfigAutoApprove {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ApprovalConfigAutoApprove {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ApprovalConfigAutoApprove {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ApprovalConfigAutoApprove {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ApprovalConfigAutoApprove {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalConfigAutoApprove {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
