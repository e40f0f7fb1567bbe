/// The contextual information of the violated criteria
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV3 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::SodPolicyDtoV3>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    #[serde(
        rename = "conflictingAccessCriteria",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub conflicting_access_criteria: Option<
        crate::SodViolationContextV3ConflictingAccessCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV3 {
    /// Builds a `SodViolationContextV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `policy`.
    pub fn policy(mut self, value: impl Into<crate::SodPolicyDtoV3>) -> Self {
        self.policy = Some(value.into());
        self
    }
    /// Sets `conflicting_access_criteria`.
    pub fn conflicting_access_criteria(
        mut self,
        value: impl Into<crate::SodViolationContextV3ConflictingAccessCriteria>,
    ) -> Self {
        self.conflicting_access_criteria = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for SodViolationContextV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.policy, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.conflicting_access_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV3ConflictingAccessCriteria {
    #[serde(rename = "leftCriteria", default, skip_serializing_if = "Option::is_none")]
    pub left_criteria: Option<
        crate::SodViolationContextV3ConflictingAccessCriteriaLeftCriteria,
    >,
    #[serde(rename = "rightCriteria", default, skip_serializing_if = "Option::is_none")]
    pub right_criteria: Option<
        crate::SodViolationContextV3ConflictingAccessCriteriaRightCriteria,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV3ConflictingAccessCriteria {
    /// Builds a `SodViolationContextV3ConflictingAccessCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `left_criteria`.
    pub fn left_criteria(
        mut self,
        value: impl Into<
            crate::SodViolationContextV3ConflictingAccessCriteriaLeftCriteria,
        >,
    ) -> Self {
        self.left_criteria = Some(value.into());
        self
    }
    /// Sets `right_criteria`.
    pub fn right_criteria(
        mut self,
        value: impl Into<
            crate::SodViolationContextV3ConflictingAccessCriteriaRightCriteria,
        >,
    ) -> Self {
        self.right_criteria = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for SodViolationContextV3ConflictingAccessCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.left_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.right_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV3>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    /// Builds a `SodViolationContextV3ConflictingAccessCriteriaLeftCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `criteria_list`.
    pub fn criteria_list(
        mut self,
        value: impl Into<Vec<crate::SodExemptCriteriaV3>>,
    ) -> Self {
        self.criteria_list = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit
for SodViolationContextV3ConflictingAccessCriteriaLeftCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    #[serde(rename = "criteriaList", default, skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<crate::SodExemptCriteriaV3>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    /// Builds a `SodViolationContextV3ConflictingAccessCriteriaRightCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `criteria_list`.
    pub fn criteria_list(
        mut self,
        value: impl Into<Vec<crate::SodExemptCriteriaV3>>,
    ) -> Self {
        self.criteria_list = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit
for SodViolationContextV3ConflictingAccessCriteriaRightCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
