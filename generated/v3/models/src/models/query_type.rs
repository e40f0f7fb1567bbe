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
crate::serde_helpers::string_enum!(QueryType);
