#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConflictingAccessCriteria {
    pub left_criteria: Option<crate::AccessCriteria>,
    pub right_criteria: Option<crate::AccessCriteria>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConflictingAccessCriteria {
    /// Builds a `ConflictingAccessCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConflictingAccessCriteria {
    left_criteria: optional::<crate::AccessCriteria>(left_criteria),
    right_criteria: optional::<crate::AccessCriteria>(right_criteria),
});
crate::serde_helpers::serde_struct!(ConflictingAccessCriteria {
    left_criteria: optional("leftCriteria"),
    right_criteria: optional("rightCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConflictingAccessCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.left_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.right_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
