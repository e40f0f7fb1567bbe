#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reviewer {
    /// The id of the reviewer.
    pub id: Option<String>,
    /// The name of the reviewer.
    pub name: Option<String>,
    /// The email of the reviewing identity. This is only applicable to reviewers of the `IDENTITY` type.
    pub email: Option<Option<String>>,
    /// The type of the reviewing identity.
    pub r#type: Option<crate::ReviewerType>,
    /// The created date of the reviewing identity.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// The modified date of the reviewing identity.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Reviewer {
    /// Builds a `Reviewer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Reviewer {
    id: optional::<String>(id),
    name: optional::<String>(name),
    email: nullable::<String>(email, email_null),
    r#type: optional::<crate::ReviewerType>(r#type),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
});
crate::serde_helpers::serde_struct!(Reviewer {
    id: optional("id"),
    name: optional("name"),
    email: nullable("email"),
    r#type: optional("type"),
    created: nullable("created"),
    modified: nullable("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Reviewer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the reviewing identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReviewerType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReviewerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReviewerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReviewerType);
