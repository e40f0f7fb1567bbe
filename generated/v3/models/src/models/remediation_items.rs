/// Remediation Item Details
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemediationItems {
    /// The ID of the certification
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the certification target
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// The name of the certification target
    #[serde(rename = "targetName", default, skip_serializing_if = "Option::is_none")]
    pub target_name: Option<String>,
    /// The display name of the certification target
    #[serde(
        rename = "targetDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub target_display_name: Option<String>,
    /// The name of the application/source
    #[serde(
        rename = "applicationName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub application_name: Option<String>,
    /// The name of the attribute being certified
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The operation of the certification on the attribute
    #[serde(
        rename = "attributeOperation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub attribute_operation: Option<String>,
    /// The value of the attribute being certified
    #[serde(rename = "attributeValue", default, skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// The native identity of the target
    #[serde(rename = "nativeIdentity", default, skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RemediationItems {
    /// Builds a `RemediationItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for RemediationItems {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
