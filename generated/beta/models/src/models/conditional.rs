#[derive(Debug, Clone, PartialEq)]
pub struct Conditional {
    /// A comparison statement that follows the structure of `ValueA eq ValueB` where `ValueA` and `ValueB` are static strings or outputs of other transforms.
    ///
    /// The `eq` operator is the only valid comparison
    pub expression: String,
    /// The output of the transform if the expression evalutes to true
    pub positive_condition: String,
    /// The output of the transform if the expression evalutes to false
    pub negative_condition: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Conditional {
    /// Builds a `Conditional` from its required fields; the others are unset.
    pub fn new(
        expression: impl Into<String>,
        positive_condition: impl Into<String>,
        negative_condition: impl Into<String>,
    ) -> Self {
        Self {
            expression: expression.into(),
            positive_condition: positive_condition.into(),
            negative_condition: negative_condition.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Conditional {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(Conditional {
    expression: required("expression"),
    positive_condition: required("positiveCondition"),
    negative_condition: required("negativeCondition"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Conditional {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
