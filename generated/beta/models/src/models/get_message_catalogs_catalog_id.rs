#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetMessageCatalogsCatalogId {
    /// `recommender`
    Recommender,
    /// `access-request-recommender`
    AccessRequestRecommender,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetMessageCatalogsCatalogId {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Recommender => "recommender",
            Self::AccessRequestRecommender => "access-request-recommender",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetMessageCatalogsCatalogId {
    fn from(value: &str) -> Self {
        match value {
            "recommender" => Self::Recommender,
            "access-request-recommender" => Self::AccessRequestRecommender,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetMessageCatalogsCatalogId);
