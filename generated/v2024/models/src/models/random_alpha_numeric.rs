#[derive(Debug, Clone, PartialEq, Default)]
pub struct RandomAlphaNumeric {
    /// This is an integer value specifying the size/number of characters the random string must contain
    ///
    /// * This value must be a positive number and cannot be blank
    ///
    /// * If no length is provided, the transform will default to a value of `32`
    ///
    /// * Due to identity attribute data constraints, the maximum allowable value is `450` characters
    pub length: Option<String>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RandomAlphaNumeric {
    /// Builds a `RandomAlphaNumeric` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RandomAlphaNumeric {
    length: optional::<String>(length),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(RandomAlphaNumeric {
    length: optional("length"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RandomAlphaNumeric {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
