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
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `target_id`.
    pub fn target_id(mut self, value: impl Into<String>) -> Self {
        self.target_id = Some(value.into());
        self
    }
    /// Sets `target_name`.
    pub fn target_name(mut self, value: impl Into<String>) -> Self {
        self.target_name = Some(value.into());
        self
    }
    /// Sets `target_display_name`.
    pub fn target_display_name(mut self, value: impl Into<String>) -> Self {
        self.target_display_name = Some(value.into());
        self
    }
    /// Sets `application_name`.
    pub fn application_name(mut self, value: impl Into<String>) -> Self {
        self.application_name = Some(value.into());
        self
    }
    /// Sets `attribute_name`.
    pub fn attribute_name(mut self, value: impl Into<String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
    /// Sets `attribute_operation`.
    pub fn attribute_operation(mut self, value: impl Into<String>) -> Self {
        self.attribute_operation = Some(value.into());
        self
    }
    /// Sets `attribute_value`.
    pub fn attribute_value(mut self, value: impl Into<String>) -> Self {
        self.attribute_value = Some(value.into());
        self
    }
    /// Sets `native_identity`.
    pub fn native_identity(mut self, value: impl Into<String>) -> Self {
        self.native_identity = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for RemediationItems {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
