#[derive(Debug, Clone, PartialEq, Default)]
pub struct FirstValid {
    /// An array of attributes to evaluate for existence.
    pub values: Vec<::serde_json::Value>,
    /// a true or false value representing to move on to the next option if an error (like an Null Pointer Exception) were to occur.
    pub ignore_errors: Option<bool>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FirstValid {
    /// Builds a `FirstValid` from its required fields; the others are unset.
    pub fn new(values: impl Into<Vec<::serde_json::Value>>) -> Self {
        Self {
            values: values.into(),
            ignore_errors: None,
            requires_periodic_refresh: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(FirstValid {
    ignore_errors: optional::<bool>(ignore_errors),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
});
crate::serde_helpers::serde_struct!(FirstValid {
    values: required("values"),
    ignore_errors: optional("ignoreErrors"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FirstValid {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
