/// Connector specific configuration. This configuration will differ for Multi-Host Integration type.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiHostIntegrationsConnectorAttributes {
    /// Maximum sources allowed count of a Multi-Host Integration
    #[serde(
        rename = "maxAllowedSources",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub max_allowed_sources: Option<i32>,
    /// Last upload sources count of a Multi-Host Integration
    #[serde(
        rename = "lastSourceUploadCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_source_upload_count: Option<i32>,
    #[serde(
        rename = "connectorFileUploadHistory",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub connector_file_upload_history: Option<
        crate::MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory,
    >,
    /// Multi-Host integration status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multihost_status: Option<
        crate::MultiHostIntegrationsConnectorAttributesMultihostStatus,
    >,
    /// Show account schema
    #[serde(
        rename = "showAccountSchema",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub show_account_schema: Option<bool>,
    /// Show entitlement schema
    #[serde(
        rename = "showEntitlementSchema",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub show_entitlement_schema: Option<bool>,
    /// Attributes of Multi-Host Integration
    #[serde(
        rename = "multiHostAttributes",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub multi_host_attributes: Option<
        crate::MultiHostIntegrationsConnectorAttributesMultiHostAttributes,
    >,
    /// Properties not declared above, by name, in wire order.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, String>,
}
impl MultiHostIntegrationsConnectorAttributes {
    /// Builds a `MultiHostIntegrationsConnectorAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            max_allowed_sources: None,
            last_source_upload_count: None,
            connector_file_upload_history: None,
            multihost_status: None,
            show_account_schema: None,
            show_entitlement_schema: None,
            multi_host_attributes: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsConnectorAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(
            &self.connector_file_upload_history,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.multihost_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.multi_host_attributes, fit);
    }
}
