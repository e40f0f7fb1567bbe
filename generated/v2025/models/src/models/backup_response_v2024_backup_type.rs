/// Denotes how this backup was created.
/// - MANUAL - The backup was created by a user.
/// - AUTOMATED - The backup was created by devops.
/// - AUTOMATED_DRAFT - The backup was created during a draft process.
/// - UPLOADED - The backup was created by uploading an existing configuration file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BackupResponseV2024BackupType {
    /// `UPLOADED`
    Uploaded,
    /// `AUTOMATED`
    Automated,
    /// `MANUAL`
    Manual,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BackupResponseV2024BackupType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Uploaded => "UPLOADED",
            Self::Automated => "AUTOMATED",
            Self::Manual => "MANUAL",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for BackupResponseV2024BackupType {
    fn from(value: &str) -> Self {
        match value {
            "UPLOADED" => Self::Uploaded,
            "AUTOMATED" => Self::Automated,
            "MANUAL" => Self::Manual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BackupResponseV2024BackupType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for BackupResponseV2024BackupType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for BackupResponseV2024BackupType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for BackupResponseV2024BackupType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BackupResponseV2024BackupType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for BackupResponseV2024BackupType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
