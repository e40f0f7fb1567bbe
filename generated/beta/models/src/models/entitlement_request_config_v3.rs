#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementRequestConfigV3 {
    /// If this is true, entitlement requests are allowed.
    pub allow_entitlement_request: Option<bool>,
    /// If this is true, comments are required to submit entitlement requests.
    pub request_comments_required: Option<bool>,
    /// If this is true, comments are required to reject entitlement requests.
    pub denied_comments_required: Option<bool>,
    /// Approval schemes for granting entitlement request. This can be empty if no approval is needed.
    /// Multiple schemes must be comma-separated. The valid schemes are "entitlementOwner", "sourceOwner", "manager" and "`workgroup:{id}`".
    /// You can use multiple governance groups (workgroups).
    pub grant_request_approval_schemes: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementRequestConfigV3 {
    /// Builds a `EntitlementRequestConfigV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementRequestConfigV3 {
    allow_entitlement_request: optional::<bool>(allow_entitlement_request),
    request_comments_required: optional::<bool>(request_comments_required),
    denied_comments_required: optional::<bool>(denied_comments_required),
    grant_request_approval_schemes: nullable::<String>(grant_request_approval_schemes, grant_request_approval_schemes_null),
});
crate::serde_helpers::serde_struct!(EntitlementRequestConfigV3 {
    allow_entitlement_request: optional("allowEntitlementRequest"),
    request_comments_required: optional("requestCommentsRequired"),
    denied_comments_required: optional("deniedCommentsRequired"),
    grant_request_approval_schemes: nullable("grantRequestApprovalSchemes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementRequestConfigV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
