/// Specifies how to treat the identity type "MANAGER_OF" when the requestee is a machine identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalConfigMachineIdentityManagerAssignment {
    /// `MANAGER_OF_REQUESTER`
    ManagerOfRequester,
    /// `MACHINE_IDENTITY_OWNER`
    MachineIdentityOwner,
    /// `MANAGER_OF_MACHINE_IDENTITY_OWNER`
    ManagerOfMachineIdentityOwner,
    /// `REQUESTED_TARGET_OWNER`
    RequestedTargetOwner,
    /// `MANAGER_OF_REQUESTED_TARGET_OWNER`
    ManagerOfRequestedTargetOwner,
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// `MANAGER_OF_ACCOUNT_OWNER`
    ManagerOfAccountOwner,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalConfigMachineIdentityManagerAssignment {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManagerOfRequester => "MANAGER_OF_REQUESTER",
            Self::MachineIdentityOwner => "MACHINE_IDENTITY_OWNER",
            Self::ManagerOfMachineIdentityOwner => "MANAGER_OF_MACHINE_IDENTITY_OWNER",
            Self::RequestedTargetOwner => "REQUESTED_TARGET_OWNER",
            Self::ManagerOfRequestedTargetOwner => "MANAGER_OF_REQUESTED_TARGET_OWNER",
            Self::AccountOwner => "ACCOUNT_OWNER",
            Self::ManagerOfAccountOwner => "MANAGER_OF_ACCOUNT_OWNER",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ApprovalConfigMachineIdentityManagerAssignment {
    fn from(value: &str) -> Self {
        match value {
            "MANAGER_OF_REQUESTER" => Self::ManagerOfRequester,
            "MACHINE_IDENTITY_OWNER" => Self::MachineIdentityOwner,
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => Self::ManagerOfMachineIdentityOwner,
            "REQUESTED_TARGET_OWNER" => Self::RequestedTargetOwner,
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => Self::ManagerOfRequestedTargetOwner,
            "ACCOUNT_OWNER" => Self::AccountOwner,
            "MANAGER_OF_ACCOUNT_OWNER" => Self::ManagerOfAccountOwner,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ApprovalConfigMachineIdentityManagerAssignment {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ApprovalConfigMachineIdentityManagerAssignment {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ApprovalConfigMachineIdentityManagerAssignment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ApprovalConfigMachineIdentityManagerAssignment {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ApprovalConfigMachineIdentityManagerAssignment {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalConfigMachineIdentityManagerAssignment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
