/// An identity with a set of access to be added
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityWithNewAccess {
    /// Identity id to be checked.
    pub identity_id: String,
    /// The list of entitlements to consider for possible violations in a preventive check.
    pub access_refs: Vec<crate::IdentityWithNewAccessAccessRefsItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityWithNewAccess {
    /// Builds a `IdentityWithNewAccess` from its required fields; the others are unset.
    pub fn new(
        identity_id: impl Into<String>,
        access_refs: impl Into<Vec<crate::IdentityWithNewAccessAccessRefsItem>>,
    ) -> Self {
        Self {
            identity_id: identity_id.into(),
            access_refs: access_refs.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityWithNewAccess {
    identity_id: required("identityId"),
    access_refs: required("accessRefs"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityWithNewAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_refs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Entitlement including a specific set of access.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityWithNewAccessAccessRefsItem {
    /// Entitlement's DTO type.
    pub r#type: Option<crate::IdentityWithNewAccessAccessRefsItemType>,
    /// Entitlement's ID.
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityWithNewAccessAccessRefsItem {
    /// Builds a `IdentityWithNewAccessAccessRefsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityWithNewAccessAccessRefsItem {
    r#type: optional::<crate::IdentityWithNewAccessAccessRefsItemType>(r#type),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(IdentityWithNewAccessAccessRefsItem {
    r#type: optional("type"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityWithNewAccessAccessRefsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Entitlement's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityWithNewAccessAccessRefsItemType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityWithNewAccessAccessRefsItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityWithNewAccessAccessRefsItemType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityWithNewAccessAccessRefsItemType);
