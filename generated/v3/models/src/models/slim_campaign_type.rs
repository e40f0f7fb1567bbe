/// The type of campaign. Could be extended in the future.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SlimCampaignType {
    /// `MANAGER`
    Manager,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `SEARCH`
    Search,
    /// `ROLE_COMPOSITION`
    RoleComposition,
    /// `MACHINE_ACCOUNT`
    MachineAccount,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SlimCampaignType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manager => "MANAGER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::Search => "SEARCH",
            Self::RoleComposition => "ROLE_COMPOSITION",
            Self::MachineAccount => "MACHINE_ACCOUNT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SlimCampaignType {
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => Self::Manager,
            "SOURCE_OWNER" => Self::SourceOwner,
            "SEARCH" => Self::Search,
            "ROLE_COMPOSITION" => Self::RoleComposition,
            "MACHINE_ACCOUNT" => Self::MachineAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SlimCampaignType);
