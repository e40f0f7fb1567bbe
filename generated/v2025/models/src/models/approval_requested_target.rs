/// Represents a requested target in an approval process, including details such as ID, name, reauthentication requirements, and removal date.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalRequestedTarget {
    /// Signature required for forced authentication.
    #[serde(
        rename = "forcedAuthSignature",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub forced_auth_signature: Option<String>,
    /// ID of the requested target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the requested target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Indicates if reauthentication is required.
    #[serde(rename = "reauthRequired", default, skip_serializing_if = "Option::is_none")]
    pub reauth_required: Option<bool>,
    /// Date when the target will be removed.
    #[serde(rename = "removalDate", default, skip_serializing_if = "Option::is_none")]
    pub removal_date: Option<crate::primitives::DateTime>,
    /// Type of the request.
    #[serde(rename = "requestType", default, skip_serializing_if = "Option::is_none")]
    pub request_type: Option<String>,
    /// Type of the target.
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for ApprovalRequestedTarget {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
