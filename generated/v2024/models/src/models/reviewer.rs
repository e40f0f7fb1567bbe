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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Reviewer {
    /// Builds a `Reviewer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(Some(value.into()));
        self
    }
    /// Sets `email` to an explicit `null`.
    pub fn email_null(mut self) -> Self {
        self.email = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::ReviewerType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(Some(value.into()));
        self
    }
    /// Sets `created` to an explicit `null`.
    pub fn created_null(mut self) -> Self {
        self.created = Some(None);
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
}
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
