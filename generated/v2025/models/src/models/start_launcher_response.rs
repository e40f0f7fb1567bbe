#[derive(Debug, Clone, PartialEq)]
pub struct StartLauncherResponse {
    /// ID of the Interactive Process that was launched
    pub interactive_process_id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl StartLauncherResponse {
    /// Builds a `StartLauncherResponse` from its required fields; the others are unset.
    pub fn new(interactive_process_id: impl Into<String>) -> Self {
        Self {
            interactive_process_id: interactive_process_id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(StartLauncherResponse {
    interactive_process_id: required("interactiveProcessId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for StartLauncherResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
