#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetIdentityOutlierSnapshotsType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetIdentityOutlierSnapshotsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowSimilarity => "LOW_SIMILARITY",
            Self::Structural => "STRUCTURAL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetIdentityOutlierSnapshotsType {
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => Self::LowSimilarity,
            "STRUCTURAL" => Self::Structural,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetIdentityOutlierSnapshotsType);
