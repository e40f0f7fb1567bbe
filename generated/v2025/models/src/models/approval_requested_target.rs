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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalRequestedTarget {
    /// Builds a `ApprovalRequestedTarget` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalRequestedTarget {
    forced_auth_signature: optional::<String>(forced_auth_signature),
    id: optional::<String>(id),
    name: optional::<String>(name),
    reauth_required: optional::<bool>(reauth_required),
    removal_date: optional::<crate::primitives::DateTime>(removal_date),
    request_type: optional::<String>(request_type),
    target_type: optional::<String>(target_type),
});
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
