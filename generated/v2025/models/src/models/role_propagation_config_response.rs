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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RolePropagationConfigResponse {
    /// Builds a `RolePropagationConfigResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `enabled_date`.
    pub fn enabled_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.enabled_date = Some(value.into());
        self
    }
    /// Sets `created_date`.
    pub fn created_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets `modified_date`.
    pub fn modified_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.modified_date = Some(value.into());
        self
    }
}
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
