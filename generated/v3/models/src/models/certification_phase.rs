/// The current phase of the campaign.
/// * `STAGED`: The campaign is waiting to be activated.
/// * `ACTIVE`: The campaign is active.
/// * `SIGNED`: The reviewer has signed off on the campaign, and it is considered complete.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationPhase {
    /// `STAGED`
    Staged,
    /// `ACTIVE`
    Active,
    /// `SIGNED`
    Signed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationPhase {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Staged => "STAGED",
            Self::Active => "ACTIVE",
            Self::Signed => "SIGNED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CertificationPhase {
    fn from(value: &str) -> Self {
        match value {
            "STAGED" => Self::Staged,
            "ACTIVE" => Self::Active,
            "SIGNED" => Self::Signed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CertificationPhase);
