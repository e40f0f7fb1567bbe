/// The contextual information of the violated criteria
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContext {
    pub policy: Option<crate::SodPolicyDto>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    pub conflicting_access_criteria: Option<
        crate::SodViolationContextConflictingAccessCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContext {
    /// Builds a `SodViolationContext` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContext {
    policy: optional::<crate::SodPolicyDto>(policy),
    conflicting_access_criteria: optional::<crate::SodViolationContextConflictingAccessCriteria>(conflicting_access_criteria),
});
crate::serde_helpers::serde_struct!(SodViolationContext {
    policy: optional("policy"),
    conflicting_access_criteria: optional("conflictingAccessCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationContext {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.policy, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.conflicting_access_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextConflictingAccessCriteria {
    pub left_criteria: Option<
        crate::SodViolationContextConflictingAccessCriteriaLeftCriteria,
    >,
    pub right_criteria: Option<
        crate::SodViolationContextConflictingAccessCriteriaRightCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextConflictingAccessCriteria {
    /// Builds a `SodViolationContextConflictingAccessCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextConflictingAccessCriteria {
    left_criteria: optional::<crate::SodViolationContextConflictingAccessCriteriaLeftCriteria>(left_criteria),
    right_criteria: optional::<crate::SodViolationContextConflictingAccessCriteriaRightCriteria>(right_criteria),
});
crate::serde_helpers::serde_struct!(SodViolationContextConflictingAccessCriteria {
    left_criteria: optional("leftCriteria"),
    right_criteria: optional("rightCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationContextConflictingAccessCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.left_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.right_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextConflictingAccessCriteriaLeftCriteria {
    pub criteria_list: Option<Vec<crate::SodExemptCriteria>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextConflictingAccessCriteriaLeftCriteria {
    /// Builds a `SodViolationContextConflictingAccessCriteriaLeftCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextConflictingAccessCriteriaLeftCriteria {
    criteria_list: optional::<Vec<crate::SodExemptCriteria>>(criteria_list),
});
crate::serde_helpers::serde_struct!(SodViolationContextConflictingAccessCriteriaLeftCriteria {
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for SodViolationContextConflictingAccessCriteriaLeftCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextConflictingAccessCriteriaRightCriteria {
    pub criteria_list: Option<Vec<crate::SodExemptCriteria>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextConflictingAccessCriteriaRightCriteria {
    /// Builds a `SodViolationContextConflictingAccessCriteriaRightCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextConflictingAccessCriteriaRightCriteria {
    criteria_list: optional::<Vec<crate::SodExemptCriteria>>(criteria_list),
});
crate::serde_helpers::serde_struct!(SodViolationContextConflictingAccessCriteriaRightCriteria {
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for SodViolationContextConflictingAccessCriteriaRightCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
