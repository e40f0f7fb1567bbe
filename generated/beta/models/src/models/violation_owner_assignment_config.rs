#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ViolationOwnerAssignmentConfig {
    /// Details about the violations owner.
    /// MANAGER - identity's manager
    /// STATIC - Governance Group or Identity
    #[serde(
        rename = "assignmentRule",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub assignment_rule: Option<
        Option<crate::ViolationOwnerAssignmentConfigAssignmentRule>,
    >,
    /// The owner of the violation assignment config.
    #[serde(
        rename = "ownerRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner_ref: Option<Option<crate::ViolationOwnerAssignmentConfigOwnerRef>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ViolationOwnerAssignmentConfig {
    /// Builds a `ViolationOwnerAssignmentConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            assignment_rule: None,
            owner_ref: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ViolationOwnerAssignmentConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.assignment_rule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
