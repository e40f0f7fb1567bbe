#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningSessionScope {
    /// The list of identities for this role mining session.
    pub identity_ids: Option<Vec<String>>,
    /// The "search" criteria that produces the list of identities for this role mining session.
    pub criteria: Option<Option<String>>,
    /// The filter criteria for this role mining session.
    pub attribute_filter_criteria: Option<Option<Vec<::serde_json::Value>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningSessionScope {
    /// Builds a `RoleMiningSessionScope` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningSessionScope {
    identity_ids: optional::<Vec<String>>(identity_ids),
    criteria: nullable::<String>(criteria, criteria_null),
    attribute_filter_criteria: nullable::<Vec<::serde_json::Value>>(attribute_filter_criteria, attribute_filter_criteria_null),
});
crate::serde_helpers::serde_struct!(RoleMiningSessionScope {
    identity_ids: optional("identityIds"),
    criteria: nullable("criteria"),
    attribute_filter_criteria: nullable("attributeFilterCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningSessionScope {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_filter_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
