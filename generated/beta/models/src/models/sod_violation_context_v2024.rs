/// The contextual information of the violated criteria
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV2024 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::SodPolicyDtoV2024>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    #[serde(
        rename = "conflictingAccessCriteria",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub conflicting_access_criteria: Option<
        crate::SodViolationContextV2024ConflictingAccessCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for SodViolationContextV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.policy, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.conflicting_access_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV2024ConflictingAccessCriteria {
    #[serde(rename = "leftCriteria", default, skip_serializing_if = "Option::is_none")]
    pub left_criteria: Option<
        crate::SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria,
    >,
    #[serde(rename = "rightCriteria", default, skip_serializing_if = "Option::is_none")]
    pub right_criteria: Option<
        crate::SodViolationContextV2024ConflictingAccessCriteriaRightCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit
for SodViolationContextV2024ConflictingAccessCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.left_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.right_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV2024>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit
for SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV2024>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit
for SodViolationContextV2024ConflictingAccessCriteriaRightCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
