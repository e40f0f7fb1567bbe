#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetIconResponse {
    /// url to file with icon
    pub icon: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SetIconResponse {
    /// Builds a `SetIconResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SetIconResponse {
    icon: optional::<String>(icon),
});
crate::serde_helpers::serde_struct!(SetIconResponse {
    icon: optional("icon"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SetIconResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
