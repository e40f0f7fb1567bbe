#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowOAuthClient {
    /// OAuth client ID for the trigger. This is a UUID generated upon creation.
    pub id: Option<String>,
    /// OAuthClient secret.
    pub secret: Option<String>,
    /// URL for the external trigger to invoke
    pub url: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowOAuthClient {
    /// Builds a `WorkflowOAuthClient` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowOAuthClient {
    id: optional::<String>(id),
    secret: optional::<String>(secret),
    url: optional::<String>(url),
});
crate::serde_helpers::serde_struct!(WorkflowOAuthClient {
    id: optional("id"),
    secret: optional("secret"),
    url: optional("url"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowOAuthClient {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
