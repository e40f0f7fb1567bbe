#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViolationContext {
    /// The types of objects supported for SOD violations
    pub policy: Option<crate::ViolationContextPolicy>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    pub conflicting_access_criteria: Option<crate::ExceptionAccessCriteria>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ViolationContext {
    /// Builds a `ViolationContext` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ViolationContext {
    policy: optional::<crate::ViolationContextPolicy>(policy),
    conflicting_access_criteria: optional::<crate::ExceptionAccessCriteria>(conflicting_access_criteria),
});
crate::serde_helpers::serde_struct!(ViolationContext {
    policy: optional("policy"),
    conflicting_access_criteria: optional("conflictingAccessCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ViolationContext {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.policy, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.conflicting_access_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The types of objects supported for SOD violations
///
/// Includes the fields of [`SodPolicyDtoV2024`](crate::SodPolicyDtoV2024).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViolationContextPolicy {
    /// The type of object that is referenced
    pub r#type: Option<crate::ViolationContextPolicyType>,
    /// SOD policy ID.
    pub id: Option<String>,
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ViolationContextPolicy {
    /// Builds a `ViolationContextPolicy` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ViolationContextPolicy {
    r#type: optional::<crate::ViolationContextPolicyType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ViolationContextPolicy {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ViolationContextPolicy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ViolationContextPolicyType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ViolationContextPolicyType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ViolationContextPolicyType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ViolationContextPolicyType);
