/// Identity Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalIdentity {
    /// The identity ID
    pub id: Option<String>,
    /// Indication of what group the identity belongs to. Ie, IDENTITY, GOVERNANCE_GROUP, etc
    pub r#type: Option<crate::ApprovalIdentityType>,
    /// Name of the identity
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalIdentity {
    /// Builds a `ApprovalIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalIdentity {
    id: optional::<String>(id),
    r#type: optional::<crate::ApprovalIdentityType>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ApprovalIdentity {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Indication of what group the identity belongs to. Ie, IDENTITY, GOVERNANCE_GROUP, etc
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalIdentityType);
