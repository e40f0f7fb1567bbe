/// Role Change Propagation Config Response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationConfigResponse {
    /// Indicates if the Role Change Propagation process is enabled for the tenant
    pub enabled: Option<bool>,
    /// The time when Role Change Propagation Process was last enabled on the tenant
    pub enabled_date: Option<crate::primitives::DateTime>,
    /// The time when Role Change Propagation Configuration was first created for the tenant
    pub created_date: Option<crate::primitives::DateTime>,
    /// The time when Role Change Propagation Config was updated on the tenant
    pub modified_date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationConfigResponse {
    /// Builds a `RolePropagationConfigResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationConfigResponse {
    enabled: optional::<bool>(enabled),
    enabled_date: optional::<crate::primitives::DateTime>(enabled_date),
    created_date: optional::<crate::primitives::DateTime>(created_date),
    modified_date: optional::<crate::primitives::DateTime>(modified_date),
});
crate::serde_helpers::serde_struct!(RolePropagationConfigResponse {
    enabled: optional("enabled"),
    enabled_date: optional("enabledDate"),
    created_date: optional("createdDate"),
    modified_date: optional("modifiedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RolePropagationConfigResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
