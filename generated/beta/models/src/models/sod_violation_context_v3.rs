/// The contextual information of the violated criteria
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV3 {
    pub policy: Option<crate::SodPolicyDtoV3>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    pub conflicting_access_criteria: Option<
        crate::SodViolationContextV3ConflictingAccessCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV3 {
    /// Builds a `SodViolationContextV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV3 {
    policy: optional::<crate::SodPolicyDtoV3>(policy),
    conflicting_access_criteria: optional::<crate::SodViolationContextV3ConflictingAccessCriteria>(conflicting_access_criteria),
});
crate::serde_helpers::serde_struct!(SodViolationContextV3 {
    policy: optional("policy"),
    conflicting_access_criteria: optional("conflictingAccessCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationContextV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.policy, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.conflicting_access_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV3ConflictingAccessCriteria {
    pub left_criteria: Option<
        crate::SodViolationContextV3ConflictingAccessCriteriaLeftCriteria,
    >,
    pub right_criteria: Option<
        crate::SodViolationContextV3ConflictingAccessCriteriaRightCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV3ConflictingAccessCriteria {
    /// Builds a `SodViolationContextV3ConflictingAccessCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV3ConflictingAccessCriteria {
    left_criteria: optional::<crate::SodViolationContextV3ConflictingAccessCriteriaLeftCriteria>(left_criteria),
    right_criteria: optional::<crate::SodViolationContextV3ConflictingAccessCriteriaRightCriteria>(right_criteria),
});
crate::serde_helpers::serde_struct!(SodViolationContextV3ConflictingAccessCriteria {
    left_criteria: optional("leftCriteria"),
    right_criteria: optional("rightCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationContextV3ConflictingAccessCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.left_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.right_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV3>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    /// Builds a `SodViolationContextV3ConflictingAccessCriteriaLeftCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    criteria_list: optional::<Vec<crate::SodExemptCriteriaV3>>(criteria_list),
});
crate::serde_helpers::serde_struct!(SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV3>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    /// Builds a `SodViolationContextV3ConflictingAccessCriteriaRightCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    criteria_list: optional::<Vec<crate::SodExemptCriteriaV3>>(criteria_list),
});
crate::serde_helpers::serde_struct!(SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
