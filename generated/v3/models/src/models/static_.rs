#[derive(Debug, Clone, PartialEq)]
pub struct Static {
    /// This must evaluate to a JSON string, either through a fixed value or through conditional logic using the Apache Velocity Template Language.
    pub values: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Static {
    /// Builds a `Static` from its required fields; the others are unset.
    pub fn new(values: impl Into<String>) -> Self {
        Self {
            values: values.into(),
            requires_periodic_refresh: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Static {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
});
crate::serde_helpers::serde_struct!(Static {
    values: required("values"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Static {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
