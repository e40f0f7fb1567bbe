/// Sed Approval Request Body
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedApproval {
    /// List of SED id's
    pub items: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedApproval {
    /// Builds a `SedApproval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedApproval {
    items: optional::<Vec<String>>(items),
});
crate::serde_helpers::serde_struct!(SedApproval {
    items: optional("items"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
