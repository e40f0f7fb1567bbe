#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppAccountDetails {
    /// The source app ID
    pub app_id: Option<String>,
    /// The source app display name
    pub app_display_name: Option<String>,
    pub source_account: Option<crate::AppAccountDetailsSourceAccount>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AppAccountDetails {
    /// Builds a `AppAccountDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `app_id`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
    /// Sets `app_display_name`.
    pub fn app_display_name(mut self, value: impl Into<String>) -> Self {
        self.app_display_name = Some(value.into());
        self
    }
    /// Sets `source_account`.
    pub fn source_account(
        mut self,
        value: impl Into<crate::AppAccountDetailsSourceAccount>,
    ) -> Self {
        self.source_account = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AppAccountDetails {
    app_id: optional("appId"),
    app_display_name: optional("appDisplayName"),
    source_account: optional("sourceAccount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AppAccountDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source_account, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppAccountDetailsSourceAccount {
    /// The account ID
    pub id: Option<String>,
    /// The native identity of account
    pub native_identity: Option<String>,
    /// The display name of account
    pub display_name: Option<String>,
    /// The source ID of account
    pub source_id: Option<String>,
    /// The source name of account
    pub source_display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AppAccountDetailsSourceAccount {
    /// Builds a `AppAccountDetailsSourceAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `native_identity`.
    pub fn native_identity(mut self, value: impl Into<String>) -> Self {
        self.native_identity = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `source_display_name`.
    pub fn source_display_name(mut self, value: impl Into<String>) -> Self {
        self.source_display_name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AppAccountDetailsSourceAccount {
    id: optional("id"),
    native_identity: optional("nativeIdentity"),
    display_name: optional("displayName"),
    source_id: optional("sourceId"),
    source_display_name: optional("sourceDisplayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AppAccountDetailsSourceAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
