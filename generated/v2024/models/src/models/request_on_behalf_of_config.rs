#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestOnBehalfOfConfig {
    /// If this is true, anyone can request access for anyone.
    pub allow_request_on_behalf_of_anyone_by_anyone: Option<bool>,
    /// If this is true, a manager can request access for his or her direct reports.
    pub allow_request_on_behalf_of_employee_by_manager: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestOnBehalfOfConfig {
    /// Builds a `RequestOnBehalfOfConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RequestOnBehalfOfConfig {
    allow_request_on_behalf_of_anyone_by_anyone: optional::<bool>(allow_request_on_behalf_of_anyone_by_anyone),
    allow_request_on_behalf_of_employee_by_manager: optional::<bool>(allow_request_on_behalf_of_employee_by_manager),
});
crate::serde_helpers::serde_struct!(RequestOnBehalfOfConfig {
    allow_request_on_behalf_of_anyone_by_anyone: optional("allowRequestOnBehalfOfAnyoneByAnyone"),
    allow_request_on_behalf_of_employee_by_manager: optional("allowRequestOnBehalfOfEmployeeByManager"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestOnBehalfOfConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
