#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommentDtoV2024 {
    /// Comment content.
    pub comment: Option<Option<String>>,
    /// Date and time comment was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Author of the comment
    ///
    /// Read-only: set by the server.
    pub author: Option<crate::CommentDtoV2024Author>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CommentDtoV2024 {
    /// Builds a `CommentDtoV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CommentDtoV2024 {
    comment: nullable::<String>(comment, comment_null),
    created: optional::<crate::primitives::DateTime>(created),
    author: optional::<crate::CommentDtoV2024Author>(author),
});
crate::serde_helpers::serde_struct!(CommentDtoV2024 {
    comment: nullable("comment"),
    created: optional("created"),
    author: optional("author"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CommentDtoV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.author, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Author of the comment
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommentDtoV2024Author {
    /// The type of object
    pub r#type: Option<crate::CommentDtoV2024AuthorType>,
    /// The unique ID of the object
    pub id: Option<String>,
    /// The display name of the object
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CommentDtoV2024Author {
    /// Builds a `CommentDtoV2024Author` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CommentDtoV2024Author {
    r#type: optional::<crate::CommentDtoV2024AuthorType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(CommentDtoV2024Author {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CommentDtoV2024Author {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CommentDtoV2024AuthorType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CommentDtoV2024AuthorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CommentDtoV2024AuthorType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CommentDtoV2024AuthorType);
