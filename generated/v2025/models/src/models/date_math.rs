#[derive(Debug, Clone, PartialEq)]
pub struct DateMath {
    /// A string value of the date and time components to operation on, along with the math operations to execute.
    pub expression: String,
    /// A boolean value to indicate whether the transform should round up or down when a rounding `/` operation is defined in the expression.
    ///
    /// If not provided, the transform will default to `false`
    ///
    /// `true` indicates the transform should round up (i.e., truncate the fractional date/time component indicated and then add one unit of that component)
    ///
    /// `false` indicates the transform should round down (i.e., truncate the fractional date/time component indicated)
    pub round_up: Option<bool>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DateMath {
    /// Builds a `DateMath` from its required fields; the others are unset.
    pub fn new(expression: impl Into<String>) -> Self {
        Self {
            expression: expression.into(),
            round_up: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(DateMath {
    round_up: optional::<bool>(round_up),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(DateMath {
    expression: required("expression"),
    round_up: optional("roundUp"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DateMath {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
