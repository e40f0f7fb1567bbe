/// Enum representing the currently supported bucket aggregation types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BucketType {
    /// `TERMS`
    Terms,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BucketType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Terms => "TERMS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BucketType {
    fn from(value: &str) -> Self {
        match value {
            "TERMS" => Self::Terms,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(BucketType);
