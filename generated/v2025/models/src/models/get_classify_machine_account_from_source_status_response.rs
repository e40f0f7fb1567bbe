#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetClassifyMachineAccountFromSourceStatusResponse {
    /// Status of Classification Process
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::GetClassifyMachineAccountFromSourceStatusResponseStatus>,
    /// Time when the process was started
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<crate::primitives::DateTime>,
    /// Time when the process status was last updated
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub updated: Option<Option<crate::primitives::DateTime>>,
    /// A map containing numbers relevant to the source classification process
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<crate::GetClassifyMachineAccountFromSourceStatusResponseCounts>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl GetClassifyMachineAccountFromSourceStatusResponse {
    /// Builds a `GetClassifyMachineAccountFromSourceStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            status: None,
            started: None,
            updated: None,
            counts: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for GetClassifyMachineAccountFromSourceStatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.counts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
