/// Represents a requested target in an approval process, including details such as ID, name, reauthentication requirements, and removal date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalRequestedTarget {
    /// Signature required for forced authentication.
    pub forced_auth_signature: Option<String>,
    /// ID of the requested target.
    pub id: Option<String>,
    /// Name of the requested target.
    pub name: Option<String>,
    /// Indicates if reauthentication is required.
    pub reauth_required: Option<bool>,
    /// Date when the target will be removed.
    pub removal_date: Option<crate::primitives::DateTime>,
    /// Type of the request.
    pub request_type: Option<String>,
    /// Type of the target.
    pub target_type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalRequestedTarget {
    /// Builds a `ApprovalRequestedTarget` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `forced_auth_signature`.
    pub fn forced_auth_signature(mut self, value: impl Into<String>) -> Self {
        self.forced_auth_signature = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `reauth_required`.
    pub fn reauth_required(mut self, value: impl Into<bool>) -> Self {
        self.reauth_required = Some(value.into());
        self
    }
    /// Sets `removal_date`.
    pub fn removal_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.removal_date = Some(value.into());
        self
    }
    /// Sets `request_type`.
    pub fn request_type(mut self, value: impl Into<String>) -> Self {
        self.request_type = Some(value.into());
        self
    }
    /// Sets `target_type`.
    pub fn target_type(mut self, value: impl Into<String>) -> Self {
        self.target_type = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ApprovalRequestedTarget {
    forced_auth_signature: optional("forcedAuthSignature"),
    id: optional("id"),
    name: optional("name"),
    reauth_required: optional("reauthRequired"),
    removal_date: optional("removalDate"),
    request_type: optional("requestType"),
    target_type: optional("targetType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalRequestedTarget {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
