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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for AccountActivityItemOperation {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for AccountActivityItemOperation {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for AccountActivityItemOperation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccountActivityItemOperation {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountActivityItemOperation {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for AccountActivityItemOperation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
