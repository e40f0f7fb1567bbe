/// The contextual information of the violated criteria
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV2024 {
    pub policy: Option<crate::SodPolicyDtoV2024>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    pub conflicting_access_criteria: Option<
        crate::SodViolationContextV2024ConflictingAccessCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV2024 {
    /// Builds a `SodViolationContextV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV2024 {
    policy: optional::<crate::SodPolicyDtoV2024>(policy),
    conflicting_access_criteria: optional::<crate::SodViolationContextV2024ConflictingAccessCriteria>(conflicting_access_criteria),
});
crate::serde_helpers::serde_struct!(SodViolationContextV2024 {
    policy: optional("policy"),
    conflicting_access_criteria: optional("conflictingAccessCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationContextV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.policy, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.conflicting_access_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV2024ConflictingAccessCriteria {
    pub left_criteria: Option<
        crate::SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria,
    >,
    pub right_criteria: Option<
        crate::SodViolationContextV2024ConflictingAccessCriteriaRightCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV2024ConflictingAccessCriteria {
    /// Builds a `SodViolationContextV2024ConflictingAccessCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV2024ConflictingAccessCriteria {
    left_criteria: optional::<crate::SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria>(left_criteria),
    right_criteria: optional::<crate::SodViolationContextV2024ConflictingAccessCriteriaRightCriteria>(right_criteria),
});
crate::serde_helpers::serde_struct!(SodViolationContextV2024ConflictingAccessCriteria {
    left_criteria: optional("leftCriteria"),
    right_criteria: optional("rightCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for SodViolationContextV2024ConflictingAccessCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.left_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.right_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV2024>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    /// Builds a `SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    criteria_list: optional::<Vec<crate::SodExemptCriteriaV2024>>(criteria_list),
});
crate::serde_helpers::serde_struct!(SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV2024>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    /// Builds a `SodViolationContextV2024ConflictingAccessCriteriaRightCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    criteria_list: optional::<Vec<crate::SodExemptCriteriaV2024>>(criteria_list),
});
crate::serde_helpers::serde_struct!(SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
