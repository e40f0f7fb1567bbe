/// Criteria that needs to be met for an approval to be marked as approved
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalApprovalCriteria {
    /// `SINGLE`
    Single,
    /// `DOUBLE`
    Double,
    /// `TRIPLE`
    Triple,
    /// `QUARTER`
    Quarter,
    /// `HALF`
    Half,
    /// `ALL`
    All,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalApprovalCriteria {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "SINGLE",
            Self::Double => "DOUBLE",
            Self::Triple => "TRIPLE",
            Self::Quarter => "QUARTER",
            Self::Half => "HALF",
            Self::All => "ALL",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ApprovalApprovalCriteria {
    fn from(value: &str) -> Self {
        match value {
            "SINGLE" => Self::Single,
            "DOUBLE" => Self::Double,
            "TRIPLE" => Self::Triple,
            "QUARTER" => Self::Quarter,
            "HALF" => Self::Half,
            "ALL" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ApprovalApprovalCriteria {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ApprovalApprovalCriteria {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ApprovalApprovalCriteria {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ApprovalApprovalCriteria {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ApprovalApprovalCriteria {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalApprovalCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
