#[derive(Debug, Clone, PartialEq)]
pub struct Replace {
    /// This can be a string or a regex pattern in which you want to replace.
    pub regex: String,
    /// This is the replacement string that should be substituded wherever the string or pattern is found.
    pub replacement: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Replace {
    /// Builds a `Replace` from its required fields; the others are unset.
    pub fn new(regex: impl Into<String>, replacement: impl Into<String>) -> Self {
        Self {
            regex: regex.into(),
            replacement: replacement.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Replace {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(Replace {
    regex: required("regex"),
    replacement: required("replacement"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Replace {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
