/// The type of query to use.  By default, the `SAILPOINT` query type is used, which requires the `query` object to be defined in the request body.
/// To use the `queryDsl` or `typeAheadQuery` objects in the request, you must set the type to `DSL` or `TYPEAHEAD` accordingly.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QueryType {
    /// `DSL`
    Dsl,
    /// `SAILPOINT`
    Sailpoint,
    /// `TEXT`
    Text,
    /// `TYPEAHEAD`
    Typeahead,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl QueryType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dsl => "DSL",
            Self::Sailpoint => "SAILPOINT",
            Self::Text => "TEXT",
            Self::Typeahead => "TYPEAHEAD",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for QueryType {
    fn from(value: &str) -> Self {
        match value {
            "DSL" => Self::Dsl,
            "SAILPOINT" => Self::Sailpoint,
            "TEXT" => Self::Text,
            "TYPEAHEAD" => Self::Typeahead,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for QueryType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for QueryType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for QueryType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for QueryType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for QueryType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for QueryType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
