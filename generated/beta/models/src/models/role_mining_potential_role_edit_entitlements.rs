#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRoleEditEntitlements {
    /// The list of entitlement ids to be edited
    pub ids: Option<Vec<String>>,
    /// If true, add ids to be exclusion list. If false, remove ids from the exclusion list.
    pub exclude: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRoleEditEntitlements {
    /// Builds a `RoleMiningPotentialRoleEditEntitlements` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRoleEditEntitlements {
    ids: optional::<Vec<String>>(ids),
    exclude: optional::<bool>(exclude),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRoleEditEntitlements {
    ids: optional("ids"),
    exclude: optional("exclude"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleEditEntitlements {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
