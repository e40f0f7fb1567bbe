#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetLatestIdentityOutlierSnapshotsType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetLatestIdentityOutlierSnapshotsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowSimilarity => "LOW_SIMILARITY",
            Self::Structural => "STRUCTURAL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetLatestIdentityOutlierSnapshotsType {
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => Self::LowSimilarity,
            "STRUCTURAL" => Self::Structural,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetLatestIdentityOutlierSnapshotsType);
