/// The rule's function signature. Describes the rule's input arguments and output (if any)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorRuleCreateRequestSignature {
    pub input: Vec<Option<crate::Argument>>,
    pub output: Option<Option<crate::Argument>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorRuleCreateRequestSignature {
    /// Builds a `ConnectorRuleCreateRequestSignature` from its required fields; the others are unset.
    pub fn new(input: impl Into<Vec<Option<crate::Argument>>>) -> Self {
        Self {
            input: input.into(),
            output: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ConnectorRuleCreateRequestSignature {
    output: nullable::<crate::Argument>(output, output_null),
});
crate::serde_helpers::serde_struct!(ConnectorRuleCreateRequestSignature {
    input: required("input"),
    output: nullable("output"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorRuleCreateRequestSignature {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.output, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
