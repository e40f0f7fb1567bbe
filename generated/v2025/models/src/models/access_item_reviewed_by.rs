/// Identity who reviewed the access item request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessItemReviewedBy {
    /// DTO type of identity who reviewed the access item request.
    pub r#type: Option<crate::AccessItemReviewedByType>,
    /// ID of identity who reviewed the access item request.
    pub id: Option<String>,
    /// Human-readable display name of identity who reviewed the access item request.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemReviewedBy {
    /// Builds a `AccessItemReviewedBy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessItemReviewedBy {
    r#type: optional::<crate::AccessItemReviewedByType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessItemReviewedBy {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemReviewedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of identity who reviewed the access item request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessItemReviewedByType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessItemReviewedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessItemReviewedByType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessItemReviewedByType);
