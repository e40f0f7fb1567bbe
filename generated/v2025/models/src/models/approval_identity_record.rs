/// Identity Record Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalIdentityRecord {
    /// Identity ID.
    pub identity_id: Option<String>,
    /// Type of identity.
    pub r#type: Option<crate::ApprovalIdentityRecordType>,
    /// Name of the identity.
    pub name: Option<String>,
    /// List of references representing actions taken by the identity.
    pub actioned_as: Option<Vec<crate::ApprovalReference>>,
    /// List of references representing members of the identity.
    pub members: Option<Vec<crate::ApprovalReference>>,
    /// Date when the decision was made.
    pub decision_date: Option<crate::primitives::DateTime>,
    /// Email associated with the identity.
    pub email: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalIdentityRecord {
    /// Builds a `ApprovalIdentityRecord` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalIdentityRecord {
    identity_id: optional::<String>(identity_id),
    r#type: optional::<crate::ApprovalIdentityRecordType>(r#type),
    name: optional::<String>(name),
    actioned_as: optional::<Vec<crate::ApprovalReference>>(actioned_as),
    members: optional::<Vec<crate::ApprovalReference>>(members),
    decision_date: optional::<crate::primitives::DateTime>(decision_date),
    email: optional::<String>(email),
});
crate::serde_helpers::serde_struct!(ApprovalIdentityRecord {
    identity_id: optional("identityID"),
    r#type: optional("type"),
    name: optional("name"),
    actioned_as: optional("actionedAs"),
    members: optional("members"),
    decision_date: optional("decisionDate"),
    email: optional("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalIdentityRecord {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.actioned_as, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.members, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalIdentityRecordType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalIdentityRecordType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalIdentityRecordType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalIdentityRecordType);
