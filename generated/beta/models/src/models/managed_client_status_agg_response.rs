/// Managed Client Status
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClientStatusAggResponse {
    /// ManagedClientStatus body information
    pub body: ::serde_json::Value,
    /// status of the Managed Client
    pub status: crate::ManagedClientStatusEnum,
    /// type of the Managed Client
    pub r#type: Option<crate::ManagedClientType>,
    /// timestamp on the Client Status update
    pub timestamp: crate::primitives::DateTime,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClientStatusAggResponse {
    /// Builds a `ManagedClientStatusAggResponse` from its required fields; the others are unset.
    pub fn new(
        body: impl Into<::serde_json::Value>,
        status: impl Into<crate::ManagedClientStatusEnum>,
        r#type: impl Into<Option<crate::ManagedClientType>>,
        timestamp: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        Self {
            body: body.into(),
            status: status.into(),
            r#type: r#type.into(),
            timestamp: timestamp.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ManagedClientStatusAggResponse {
    body: required("body"),
    status: required("status"),
    r#type: required("type"),
    timestamp: required("timestamp"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClientStatusAggResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.body, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
