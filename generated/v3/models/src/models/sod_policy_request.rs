/// Includes the fields of [`SodPolicy`](crate::SodPolicy).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodPolicyRequest {
    /// Policy id
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Policy Business Name
    pub name: Option<String>,
    /// The time when this SOD policy is created.
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// The time when this SOD policy is modified.
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// Optional description of the SOD policy
    pub description: Option<Option<String>>,
    /// The owner of the SOD policy.
    pub owner_ref: Option<crate::SodPolicyOwnerRef>,
    /// Optional External Policy Reference
    pub external_policy_reference: Option<Option<String>>,
    /// Search query of the SOD policy
    pub policy_query: Option<String>,
    /// Optional compensating controls(Mitigating Controls)
    pub compensating_controls: Option<Option<String>>,
    /// Optional correction advice
    pub correction_advice: Option<Option<String>>,
    /// whether the policy is enforced or not
    pub state: Option<crate::SodPolicyState>,
    /// tags for this policy object
    pub tags: Option<Vec<String>>,
    /// Policy's creator ID
    ///
    /// Read-only: set by the server.
    pub creator_id: Option<String>,
    /// Policy's modifier ID
    ///
    /// Read-only: set by the server.
    pub modifier_id: Option<Option<String>>,
    pub violation_owner_assignment_config: Option<
        Option<crate::ViolationOwnerAssignmentConfig>,
    >,
    /// defines whether a policy has been scheduled or not
    pub scheduled: Option<bool>,
    /// whether a policy is query based or conflicting access based
    pub r#type: Option<crate::SodPolicyType>,
    pub conflicting_access_criteria: Option<
        Option<crate::ConflictingAccessCriteriaRequest>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodPolicyRequest {
    /// Builds a `SodPolicyRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodPolicyRequest {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: nullable::<String>(description, description_null),
    owner_ref: optional::<crate::SodPolicyOwnerRef>(owner_ref),
    external_policy_reference: nullable::<String>(external_policy_reference, external_policy_reference_null),
    policy_query: optional::<String>(policy_query),
    compensating_controls: nullable::<String>(compensating_controls, compensating_controls_null),
    correction_advice: nullable::<String>(correction_advice, correction_advice_null),
    state: optional::<crate::SodPolicyState>(state),
    tags: optional::<Vec<String>>(tags),
    creator_id: optional::<String>(creator_id),
    modifier_id: nullable::<String>(modifier_id, modifier_id_null),
    violation_owner_assignment_config: nullable::<crate::ViolationOwnerAssignmentConfig>(violation_owner_assignment_config, violation_owner_assignment_config_null),
    scheduled: optional::<bool>(scheduled),
    r#type: optional::<crate::SodPolicyType>(r#type),
    conflicting_access_criteria: nullable::<crate::ConflictingAccessCriteriaRequest>(conflicting_access_criteria, conflicting_access_criteria_null),
});
crate::serde_helpers::serde_struct!(SodPolicyRequest {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: nullable("description"),
    owner_ref: optional("ownerRef"),
    external_policy_reference: nullable("externalPolicyReference"),
    policy_query: optional("policyQuery"),
    compensating_controls: nullable("compensatingControls"),
    correction_advice: nullable("correctionAdvice"),
    state: optional("state"),
    tags: optional("tags"),
    creator_id: optional("creatorId"),
    modifier_id: nullable("modifierId"),
    violation_owner_assignment_config: nullable("violationOwnerAssignmentConfig"),
    scheduled: optional("scheduled"),
    r#type: optional("type"),
    conflicting_access_criteria: nullable("conflictingAccessCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodPolicyRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.violation_owner_assignment_config,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.conflicting_access_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
