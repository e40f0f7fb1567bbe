#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultModel {
    /// Request result status
    pub status: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ResultModel {
    /// Builds a `ResultModel` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ResultModel {
    status: optional::<String>(status),
});
crate::serde_helpers::serde_struct!(ResultModel {
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ResultModel {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
