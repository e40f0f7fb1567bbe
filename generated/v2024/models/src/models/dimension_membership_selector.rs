/// When present, specifies that the Dimension is to be granted to Identities which either satisfy specific criteria.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionMembershipSelector {
    pub r#type: Option<crate::DimensionMembershipSelectorType>,
    pub criteria: Option<Option<crate::DimensionCriteriaLevel1>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DimensionMembershipSelector {
    /// Builds a `DimensionMembershipSelector` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DimensionMembershipSelector {
    r#type: optional::<crate::DimensionMembershipSelectorType>(r#type),
    criteria: nullable::<crate::DimensionCriteriaLevel1>(criteria, criteria_null),
});
crate::serde_helpers::serde_struct!(DimensionMembershipSelector {
    r#type: optional("type"),
    criteria: nullable("criteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DimensionMembershipSelector {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
