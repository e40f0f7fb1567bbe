#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningSessionStatus {
    /// Role mining session state
    pub state: Option<crate::RoleMiningSessionState>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningSessionStatus {
    /// Builds a `RoleMiningSessionStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningSessionStatus {
    state: optional::<crate::RoleMiningSessionState>(state),
});
crate::serde_helpers::serde_struct!(RoleMiningSessionStatus {
    state: optional("state"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningSessionStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
