#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCreated {
    /// Created identity.
    pub identity: crate::IdentityCreatedIdentity,
    /// The attributes assigned to the identity. Attributes are determined by the identity profile.
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityCreated {
    /// Builds a `IdentityCreated` from its required fields; the others are unset.
    pub fn new(
        identity: impl Into<crate::IdentityCreatedIdentity>,
        attributes: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            identity: identity.into(),
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityCreated {
    identity: required("identity"),
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityCreated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Created identity.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCreatedIdentity {
    /// Created identity's DTO type.
    pub r#type: crate::IdentityCreatedIdentityType,
    /// Created identity ID.
    pub id: String,
    /// Created identity's display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityCreatedIdentity {
    /// Builds a `IdentityCreatedIdentity` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::IdentityCreatedIdentityType>,
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
crate::serde_helpers::serde_struct!(IdentityCreatedIdentity {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityCreatedIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Created identity's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityCreatedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityCreatedIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityCreatedIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityCreatedIdentityType);
