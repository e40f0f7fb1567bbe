/// Running Role Propagation Response
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RolePropagationOngoingResponse {
    /// Indicates if the role propagation process is currently running on the tenant
    #[serde(rename = "isRunning", default, skip_serializing_if = "Option::is_none")]
    pub is_running: Option<bool>,
    /// Details of the ongoing role propagation process
    #[serde(
        rename = "rolePropagationDetails",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub role_propagation_details: Option<
        crate::RolePropagationOngoingResponseRolePropagationDetails,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RolePropagationOngoingResponse {
    /// Builds a `RolePropagationOngoingResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            is_running: None,
            role_propagation_details: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for RolePropagationOngoingResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role_propagation_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
