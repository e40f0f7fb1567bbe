#[derive(Debug, Clone, PartialEq)]
pub struct IdentityDeleted {
    /// Deleted identity.
    pub identity: crate::IdentityDeletedIdentity,
    /// The attributes assigned to the identity. Attributes are determined by the identity profile.
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityDeleted {
    /// Builds a `IdentityDeleted` from its required fields; the others are unset.
    pub fn new(
        identity: impl Into<crate::IdentityDeletedIdentity>,
        attributes: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            identity: identity.into(),
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityDeleted {
    identity: required("identity"),
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityDeleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Deleted identity.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityDeletedIdentity {
    /// Deleted identity's DTO type.
    pub r#type: crate::IdentityDeletedIdentityType,
    /// Deleted identity ID.
    pub id: String,
    /// Deleted identity's display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityDeletedIdentity {
    /// Builds a `IdentityDeletedIdentity` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::IdentityDeletedIdentityType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityDeletedIdentity {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityDeletedIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Deleted identity's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityDeletedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityDeletedIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityDeletedIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityDeletedIdentityType);
