/// The description of what the approval is asking for
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalDescription {
    /// The description of what the approval is asking for
    pub value: Option<String>,
    /// What locale the description of the approval is using
    pub locale: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalDescription {
    /// Builds a `ApprovalDescription` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalDescription {
    value: optional::<String>(value),
    locale: optional::<String>(locale),
});
crate::serde_helpers::serde_struct!(ApprovalDescription {
    value: optional("value"),
    locale: optional("locale"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalDescription {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
