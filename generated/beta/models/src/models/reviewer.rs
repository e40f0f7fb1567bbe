/// Details of the reviewer for a certification.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewer {
    /// Reviewer's DTO type.
    pub r#type: crate::ReviewerType,
    /// Reviewer's ID.
    pub id: String,
    /// Reviewer's display name.
    pub name: String,
    /// Reviewing identity's email. This is only applicable to reviewers of the `IDENTITY` type.
    pub email: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Reviewer {
    /// Builds a `Reviewer` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ReviewerType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            email: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Reviewer {
    email: nullable::<String>(email, email_null),
});
crate::serde_helpers::serde_struct!(Reviewer {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    email: nullable("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Reviewer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Reviewer's DTO type.
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
