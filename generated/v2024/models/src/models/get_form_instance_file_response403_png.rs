#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFormInstanceFileResponse403Png {
    pub detail_code: Option<String>,
    pub messages: Option<Vec<crate::ErrorMessage>>,
    pub status_code: Option<i64>,
    pub tracking_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetFormInstanceFileResponse403Png {
    /// Builds a `GetFormInstanceFileResponse403Png` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(GetFormInstanceFileResponse403Png {
    detail_code: optional::<String>(detail_code),
    messages: optional::<Vec<crate::ErrorMessage>>(messages),
    status_code: optional::<i64>(status_code),
    tracking_id: optional::<String>(tracking_id),
});
crate::serde_helpers::serde_struct!(GetFormInstanceFileResponse403Png {
    detail_code: optional("detailCode"),
    messages: optional("messages"),
    status_code: optional("statusCode"),
    tracking_id: optional("trackingId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetFormInstanceFileResponse403Png {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
