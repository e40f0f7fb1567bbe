#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AppAccountDetails {
    /// The source app ID
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The source app display name
    #[serde(rename = "appDisplayName", default, skip_serializing_if = "Option::is_none")]
    pub app_display_name: Option<String>,
    #[serde(rename = "sourceAccount", default, skip_serializing_if = "Option::is_none")]
    pub source_account: Option<crate::AppAccountDetailsSourceAccount>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for AppAccountDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source_account, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AppAccountDetailsSourceAccount {
    /// The account ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The native identity of account
    #[serde(rename = "nativeIdentity", default, skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// The display name of account
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The source ID of account
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The source name of account
    #[serde(
        rename = "sourceDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub source_display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for AppAccountDetailsSourceAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
