/// Includes the fields of [`SodPolicy`](crate::SodPolicy).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodPolicyRead {
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
    pub conflicting_access_criteria: Option<Option<crate::ConflictingAccessCriteria>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodPolicyRead {
    /// Builds a `SodPolicyRead` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `owner_ref`.
    pub fn owner_ref(mut self, value: impl Into<crate::SodPolicyOwnerRef>) -> Self {
        self.owner_ref = Some(value.into());
        self
    }
    /// Sets `external_policy_reference`.
    pub fn external_policy_reference(mut self, value: impl Into<String>) -> Self {
        self.external_policy_reference = Some(Some(value.into()));
        self
    }
    /// Sets `external_policy_reference` to an explicit `null`.
    pub fn external_policy_reference_null(mut self) -> Self {
        self.external_policy_reference = Some(None);
        self
    }
    /// Sets `policy_query`.
    pub fn policy_query(mut self, value: impl Into<String>) -> Self {
        self.policy_query = Some(value.into());
        self
    }
    /// Sets `compensating_controls`.
    pub fn compensating_controls(mut self, value: impl Into<String>) -> Self {
        self.compensating_controls = Some(Some(value.into()));
        self
    }
    /// Sets `compensating_controls` to an explicit `null`.
    pub fn compensating_controls_null(mut self) -> Self {
        self.compensating_controls = Some(None);
        self
    }
    /// Sets `correction_advice`.
    pub fn correction_advice(mut self, value: impl Into<String>) -> Self {
        self.correction_advice = Some(Some(value.into()));
        self
    }
    /// Sets `correction_advice` to an explicit `null`.
    pub fn correction_advice_null(mut self) -> Self {
        self.correction_advice = Some(None);
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<crate::SodPolicyState>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets `creator_id`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }
    /// Sets `modifier_id`.
    pub fn modifier_id(mut self, value: impl Into<String>) -> Self {
        self.modifier_id = Some(Some(value.into()));
        self
    }
    /// Sets `modifier_id` to an explicit `null`.
    pub fn modifier_id_null(mut self) -> Self {
        self.modifier_id = Some(None);
        self
    }
    /// Sets `violation_owner_assignment_config`.
    pub fn violation_owner_assignment_config(
        mut self,
        value: impl Into<crate::ViolationOwnerAssignmentConfig>,
    ) -> Self {
        self.violation_owner_assignment_config = Some(Some(value.into()));
        self
    }
    /// Sets `violation_owner_assignment_config` to an explicit `null`.
    pub fn violation_owner_assignment_config_null(mut self) -> Self {
        self.violation_owner_assignment_config = Some(None);
        self
    }
    /// Sets `scheduled`.
    pub fn scheduled(mut self, value: impl Into<bool>) -> Self {
        self.scheduled = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::SodPolicyType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `conflicting_access_criteria`.
    pub fn conflicting_access_criteria(
        mut self,
        value: impl Into<crate::ConflictingAccessCriteria>,
    ) -> Self {
        self.conflicting_access_criteria = Some(Some(value.into()));
        self
    }
    /// Sets `conflicting_access_criteria` to an explicit `null`.
    pub fn conflicting_access_criteria_null(mut self) -> Self {
        self.conflicting_access_criteria = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(SodPolicyRead {
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
impl crate::serde_helpers::SchemaFit for SodPolicyRead {
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
