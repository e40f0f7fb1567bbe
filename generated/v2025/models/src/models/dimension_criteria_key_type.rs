/// Indicates whether the associated criteria represents an expression on identity attributes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DimensionCriteriaKeyType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DimensionCriteriaKeyType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DimensionCriteriaKeyType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DimensionCriteriaKeyType);
