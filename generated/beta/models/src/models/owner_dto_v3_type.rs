/// Owner's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OwnerDtoV3Type {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OwnerDtoV3Type {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OwnerDtoV3Type {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OwnerDtoV3Type);
