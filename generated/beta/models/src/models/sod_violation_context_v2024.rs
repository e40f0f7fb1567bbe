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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV2024 {
    /// Builds a `SodViolationContextV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `policy`.
    pub fn policy(mut self, value: impl Into<crate::SodPolicyDtoV2024>) -> Self {
        self.policy = Some(value.into());
        self
    }
    /// Sets `conflicting_access_criteria`.
    pub fn conflicting_access_criteria(
        mut self,
        value: impl Into<crate::SodViolationContextV2024ConflictingAccessCriteria>,
    ) -> Self {
        self.conflicting_access_criteria = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV2024ConflictingAccessCriteria {
    /// Builds a `SodViolationContextV2024ConflictingAccessCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `left_criteria`.
    pub fn left_criteria(
        mut self,
        value: impl Into<
            crate::SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria,
        >,
    ) -> Self {
        self.left_criteria = Some(value.into());
        self
    }
    /// Sets `right_criteria`.
    pub fn right_criteria(
        mut self,
        value: impl Into<
            crate::SodViolationContextV2024ConflictingAccessCriteriaRightCriteria,
        >,
    ) -> Self {
        self.right_criteria = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    /// Builds a `SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `criteria_list`.
    pub fn criteria_list(
        mut self,
        value: impl Into<Vec<crate::SodExemptCriteriaV2024>>,
    ) -> Self {
        self.criteria_list = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    /// Builds a `SodViolationContextV2024ConflictingAccessCriteriaRightCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `criteria_list`.
    pub fn criteria_list(
        mut self,
        value: impl Into<Vec<crate::SodExemptCriteriaV2024>>,
    ) -> Self {
        self.criteria_list = Some(value.into());
        self
    }
}
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
