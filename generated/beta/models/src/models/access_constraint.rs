#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessConstraint {
    /// Type of Access
    pub r#type: crate::AccessConstraintType,
    /// Must be set only if operator is SELECTED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// Used to determine whether the scope of the campaign should be reduced for selected ids or all.
    pub operator: crate::AccessConstraintOperator,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessConstraint {
    /// Builds a `AccessConstraint` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::AccessConstraintType,
        operator: crate::AccessConstraintOperator,
    ) -> Self {
        Self {
            r#type,
            ids: None,
            operator,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessConstraint {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
