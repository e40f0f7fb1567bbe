#[derive(Debug, Clone, PartialEq, Default)]
pub struct TenantUiMetadataItemResponse {
    /// Parameter that organizational administrators can adjust to permit another domain to encapsulate IDN within an iframe. If you would like to reset the value use "null". It will only allow include into iframe non authenticated portions of the product, such as password reset.
    pub iframe_white_list: Option<Option<String>>,
    /// Descriptor for the username input field. If you would like to reset the value use "null".
    pub username_label: Option<Option<String>>,
    /// Placeholder text displayed in the username input field. If you would like to reset the value use "null".
    pub username_empty_text: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TenantUiMetadataItemResponse {
    /// Builds a `TenantUiMetadataItemResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TenantUiMetadataItemResponse {
    iframe_white_list: nullable::<String>(iframe_white_list, iframe_white_list_null),
    username_label: nullable::<String>(username_label, username_label_null),
    username_empty_text: nullable::<String>(username_empty_text, username_empty_text_null),
});
crate::serde_helpers::serde_struct!(TenantUiMetadataItemResponse {
    iframe_white_list: nullable("iframeWhiteList"),
    username_label: nullable("usernameLabel"),
    username_empty_text: nullable("usernameEmptyText"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TenantUiMetadataItemResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
