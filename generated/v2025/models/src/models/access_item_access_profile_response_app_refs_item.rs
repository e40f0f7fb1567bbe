#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessItemAccessProfileResponseAppRefsItem {
    /// the cloud app id associated with the access profile
    #[serde(rename = "cloudAppId", default, skip_serializing_if = "Option::is_none")]
    pub cloud_app_id: Option<String>,
    /// the cloud app name associated with the access profile
    #[serde(rename = "cloudAppName", default, skip_serializing_if = "Option::is_none")]
    pub cloud_app_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessItemAccessProfileResponseAppRefsItem {
    /// Builds a `AccessItemAccessProfileResponseAppRefsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            cloud_app_id: None,
            cloud_app_name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessItemAccessProfileResponseAppRefsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
