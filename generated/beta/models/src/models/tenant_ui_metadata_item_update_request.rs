#[derive(Debug, Clone, PartialEq, Default)]
pub struct TenantUiMetadataItemUpdateRequest {
    /// Parameter that organizational administrators can adjust to permit another domain to encapsulate IDN within an iframe. If you would like to reset the value use "null". It will only allow include into iframe non authenticated portions of the product, such as password reset.
    pub iframe_white_list: Option<Option<String>>,
    /// Descriptor for the username input field. If you would like to reset the value use "null".
    pub username_label: Option<Option<String>>,
    /// Placeholder text displayed in the username input field. If you would like to reset the value use "null".
    pub username_empty_text: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TenantUiMetadataItemUpdateRequest {
    /// Builds a `TenantUiMetadataItemUpdateRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `iframe_white_list`.
    pub fn iframe_white_list(mut self, value: impl Into<String>) -> Self {
        self.iframe_white_list = Some(Some(value.into()));
        self
    }
    /// Sets `iframe_white_list` to an explicit `null`.
    pub fn iframe_white_list_null(mut self) -> Self {
        self.iframe_white_list = Some(None);
        self
    }
    /// Sets `username_label`.
    pub fn username_label(mut self, value: impl Into<String>) -> Self {
        self.username_label = Some(Some(value.into()));
        self
    }
    /// Sets `username_label` to an explicit `null`.
    pub fn username_label_null(mut self) -> Self {
        self.username_label = Some(None);
        self
    }
    /// Sets `username_empty_text`.
    pub fn username_empty_text(mut self, value: impl Into<String>) -> Self {
        self.username_empty_text = Some(Some(value.into()));
        self
    }
    /// Sets `username_empty_text` to an explicit `null`.
    pub fn username_empty_text_null(mut self) -> Self {
        self.username_empty_text = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(TenantUiMetadataItemUpdateRequest {
    iframe_white_list: nullable("iframeWhiteList"),
    username_label: nullable("usernameLabel"),
    username_empty_text: nullable("usernameEmptyText"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TenantUiMetadataItemUpdateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
