/// When present, specifies that the Role is to be granted to Identities which either satisfy specific criteria or which are members of a given list of Identities.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMembershipSelector {
    pub r#type: Option<crate::RoleMembershipSelectorType>,
    pub criteria: Option<Option<crate::RoleCriteriaLevel1>>,
    /// Defines role membership as being exclusive to the specified Identities, when type is IDENTITY_LIST.
    pub identities: Option<Option<Vec<crate::RoleMembershipIdentity>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMembershipSelector {
    /// Builds a `RoleMembershipSelector` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMembershipSelector {
    r#type: optional::<crate::RoleMembershipSelectorType>(r#type),
    criteria: nullable::<crate::RoleCriteriaLevel1>(criteria, criteria_null),
    identities: nullable::<Vec<crate::RoleMembershipIdentity>>(identities, identities_null),
});
crate::serde_helpers::serde_struct!(RoleMembershipSelector {
    r#type: optional("type"),
    criteria: nullable("criteria"),
    identities: nullable("identities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMembershipSelector {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
