/// Includes the fields of [`SodPolicy`](crate::SodPolicy).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodPolicyRead {
    /// Policy id
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Policy Business Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when this SOD policy is created.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// The time when this SOD policy is modified.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Optional description of the SOD policy
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The owner of the SOD policy.
    #[serde(rename = "ownerRef", default, skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<crate::SodPolicyOwnerRef>,
    /// Optional External Policy Reference
    #[serde(
        rename = "externalPolicyReference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub external_policy_reference: Option<Option<String>>,
    /// Search query of the SOD policy
    #[serde(rename = "policyQuery", default, skip_serializing_if = "Option::is_none")]
    pub policy_query: Option<String>,
    /// Optional compensating controls(Mitigating Controls)
    #[serde(
        rename = "compensatingControls",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub compensating_controls: Option<Option<String>>,
    /// Optional correction advice
    #[serde(
        rename = "correctionAdvice",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub correction_advice: Option<Option<String>>,
    /// whether the policy is enforced or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::SodPolicyState>,
    /// tags for this policy object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Policy's creator ID
    ///
    /// Read-only: set by the server.
    #[serde(rename = "creatorId", default, skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    /// Policy's modifier ID
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "modifierId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modifier_id: Option<Option<String>>,
    #[serde(
        rename = "violationOwnerAssignmentConfig",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub violation_owner_assignment_config: Option<
        Option<crate::ViolationOwnerAssignmentConfig>,
    >,
    /// defines whether a policy has been scheduled or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<bool>,
    /// whether a policy is query based or conflicting access based
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::SodPolicyType>,
    #[serde(
        rename = "conflictingAccessCriteria",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub conflicting_access_criteria: Option<Option<crate::ConflictingAccessCriteria>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodPolicyRead {
    /// Builds a `SodPolicyRead` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
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
