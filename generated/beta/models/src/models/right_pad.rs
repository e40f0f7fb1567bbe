#[derive(Debug, Clone, PartialEq)]
pub struct RightPad {
    /// An integer value for the desired length of the final output string
    pub length: String,
    /// A string value representing the character that the incoming data should be padded with to get to the desired length
    ///
    /// If not provided, the transform will default to a single space (" ") character for padding
    pub padding: Option<String>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RightPad {
    /// Builds a `RightPad` from its required fields; the others are unset.
    pub fn new(length: impl Into<String>) -> Self {
        Self {
            length: length.into(),
            padding: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RightPad {
    padding: optional::<String>(padding),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(RightPad {
    length: required("length"),
    padding: optional("padding"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RightPad {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
