#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestedStatusChange {
    /// the previous status of the account
    #[serde(rename = "previousStatus", default, skip_serializing_if = "Option::is_none")]
    pub previous_status: Option<crate::AccessRequestedStatusChangePreviousStatus>,
    /// the new status of the account
    #[serde(rename = "newStatus", default, skip_serializing_if = "Option::is_none")]
    pub new_status: Option<crate::AccessRequestedStatusChangeNewStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestedStatusChange {
    /// Builds a `AccessRequestedStatusChange` with every field unset.
    pub fn new() -> Self {
        Self {
            previous_status: None,
            new_status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestedStatusChange {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.previous_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.new_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
