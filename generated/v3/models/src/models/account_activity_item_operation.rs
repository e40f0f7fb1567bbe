/// Represents an operation in an account activity item
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountActivityItemOperation {
    /// `ADD`
    Add,
    /// `CREATE`
    Create,
    /// `MODIFY`
    Modify,
    /// `DELETE`
    Delete,
    /// `DISABLE`
    Disable,
    /// `ENABLE`
    Enable,
    /// `UNLOCK`
    Unlock,
    /// `LOCK`
    Lock,
    /// `REMOVE`
    Remove,
    /// `SET`
    Set,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountActivityItemOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Create => "CREATE",
            Self::Modify => "MODIFY",
            Self::Delete => "DELETE",
            Self::Disable => "DISABLE",
            Self::Enable => "ENABLE",
            Self::Unlock => "UNLOCK",
            Self::Lock => "LOCK",
            Self::Remove => "REMOVE",
            Self::Set => "SET",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountActivityItemOperation {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "CREATE" => Self::Create,
            "MODIFY" => Self::Modify,
            "DELETE" => Self::Delete,
            "DISABLE" => Self::Disable,
            "ENABLE" => Self::Enable,
            "UNLOCK" => Self::Unlock,
            "LOCK" => Self::Lock,
            "REMOVE" => Self::Remove,
            "SET" => Self::Set,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountActivityItemOperation);
