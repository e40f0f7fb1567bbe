#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetSourceSchemasIncludeTypes {
    /// `group`
    Group,
    /// `user`
    User,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetSourceSchemasIncludeTypes {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetSourceSchemasIncludeTypes {
    fn from(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetSourceSchemasIncludeTypes);
