#[derive(Debug, Clone, PartialEq)]
pub struct TransformRule {
    /// This is the name of the Transform rule that needs to be invoked by the transform
    pub name: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TransformRule {
    /// Builds a `TransformRule` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            requires_periodic_refresh: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(TransformRule {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
});
crate::serde_helpers::serde_struct!(TransformRule {
    name: required("name"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TransformRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
