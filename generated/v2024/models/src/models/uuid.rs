#[derive(Debug, Clone, PartialEq, Default)]
pub struct Uuid {
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Uuid {
    /// Builds a `Uuid` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Uuid {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
});
crate::serde_helpers::serde_struct!(Uuid {
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Uuid {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
