/// Details about a public identity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicIdentity {
    /// Identity id
    pub id: Option<String>,
    /// Human-readable display name of identity.
    pub name: Option<String>,
    /// Alternate unique identifier for the identity.
    pub alias: Option<String>,
    /// Email address of identity.
    pub email: Option<Option<String>>,
    /// The lifecycle status for the identity
    pub status: Option<Option<String>>,
    /// The current state of the identity, which determines how Identity Security Cloud interacts with the identity.
    /// An identity that is Active will be included identity picklists in Request Center, identity processing, and more.
    /// Identities that are Inactive will be excluded from these features.
    pub identity_state: Option<Option<crate::PublicIdentityIdentityState>>,
    /// An identity reference to the manager of this identity
    pub manager: Option<Option<crate::IdentityReference>>,
    /// The public identity attributes of the identity
    pub attributes: Option<Vec<crate::PublicIdentityAttributesItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PublicIdentity {
    /// Builds a `PublicIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PublicIdentity {
    id: optional::<String>(id),
    name: optional::<String>(name),
    alias: optional::<String>(alias),
    email: nullable::<String>(email, email_null),
    status: nullable::<String>(status, status_null),
    identity_state: nullable::<crate::PublicIdentityIdentityState>(identity_state, identity_state_null),
    manager: nullable::<crate::IdentityReference>(manager, manager_null),
    attributes: optional::<Vec<crate::PublicIdentityAttributesItem>>(attributes),
});
crate::serde_helpers::serde_struct!(PublicIdentity {
    id: optional("id"),
    name: optional("name"),
    alias: optional("alias"),
    email: nullable("email"),
    status: nullable("status"),
    identity_state: nullable("identityState"),
    manager: nullable("manager"),
    attributes: optional("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PublicIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manager, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicIdentityAttributesItem {
    /// The attribute key
    pub key: Option<String>,
    /// Human-readable display name of the attribute
    pub name: Option<String>,
    /// The attribute value
    pub value: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PublicIdentityAttributesItem {
    /// Builds a `PublicIdentityAttributesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PublicIdentityAttributesItem {
    key: optional::<String>(key),
    name: optional::<String>(name),
    value: nullable::<String>(value, value_null),
});
crate::serde_helpers::serde_struct!(PublicIdentityAttributesItem {
    key: optional("key"),
    name: optional("name"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PublicIdentityAttributesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// The current state of the identity, which determines how Identity Security Cloud interacts with the identity.
/// An identity that is Active will be included identity picklists in Request Center, identity processing, and more.
/// Identities that are Inactive will be excluded from these features.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PublicIdentityIdentityState {
    /// `ACTIVE`
    Active,
    /// `INACTIVE_SHORT_TERM`
    InactiveShortTerm,
    /// `INACTIVE_LONG_TERM`
    InactiveLongTerm,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PublicIdentityIdentityState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::InactiveShortTerm => "INACTIVE_SHORT_TERM",
            Self::InactiveLongTerm => "INACTIVE_LONG_TERM",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PublicIdentityIdentityState {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "INACTIVE_SHORT_TERM" => Self::InactiveShortTerm,
            "INACTIVE_LONG_TERM" => Self::InactiveLongTerm,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PublicIdentityIdentityState);
