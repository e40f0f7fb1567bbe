#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViolationOwnerAssignmentConfig {
    /// Details about the violations owner.
    /// MANAGER - identity's manager
    /// STATIC - Governance Group or Identity
    pub assignment_rule: Option<
        Option<crate::ViolationOwnerAssignmentConfigAssignmentRule>,
    >,
    /// The owner of the violation assignment config.
    pub owner_ref: Option<Option<crate::ViolationOwnerAssignmentConfigOwnerRef>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ViolationOwnerAssignmentConfig {
    /// Builds a `ViolationOwnerAssignmentConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ViolationOwnerAssignmentConfig {
    assignment_rule: nullable::<crate::ViolationOwnerAssignmentConfigAssignmentRule>(assignment_rule, assignment_rule_null),
    owner_ref: nullable::<crate::ViolationOwnerAssignmentConfigOwnerRef>(owner_ref, owner_ref_null),
});
crate::serde_helpers::serde_struct!(ViolationOwnerAssignmentConfig {
    assignment_rule: nullable("assignmentRule"),
    owner_ref: nullable("ownerRef"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ViolationOwnerAssignmentConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.assignment_rule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the violations owner.
/// MANAGER - identity's manager
/// STATIC - Governance Group or Identity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ViolationOwnerAssignmentConfigAssignmentRule {
    /// `MANAGER`
    Manager,
    /// `STATIC`
    Static,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ViolationOwnerAssignmentConfigAssignmentRule {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manager => "MANAGER",
            Self::Static => "STATIC",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ViolationOwnerAssignmentConfigAssignmentRule {
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => Self::Manager,
            "STATIC" => Self::Static,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ViolationOwnerAssignmentConfigAssignmentRule);
/// The owner of the violation assignment config.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViolationOwnerAssignmentConfigOwnerRef {
    /// Owner type.
    pub r#type: Option<Option<crate::ViolationOwnerAssignmentConfigOwnerRefType>>,
    /// Owner's ID.
    pub id: Option<String>,
    /// Owner's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ViolationOwnerAssignmentConfigOwnerRef {
    /// Builds a `ViolationOwnerAssignmentConfigOwnerRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ViolationOwnerAssignmentConfigOwnerRef {
    r#type: nullable::<crate::ViolationOwnerAssignmentConfigOwnerRefType>(r#type, type_null),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ViolationOwnerAssignmentConfigOwnerRef {
    r#type: nullable("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ViolationOwnerAssignmentConfigOwnerRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Owner type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ViolationOwnerAssignmentConfigOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `MANAGER`
    Manager,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ViolationOwnerAssignmentConfigOwnerRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Manager => "MANAGER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ViolationOwnerAssignmentConfigOwnerRefType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "MANAGER" => Self::Manager,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ViolationOwnerAssignmentConfigOwnerRefType);
