/// Remediation Item Details
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemediationItems {
    /// The ID of the certification
    pub id: Option<String>,
    /// The ID of the certification target
    pub target_id: Option<String>,
    /// The name of the certification target
    pub target_name: Option<String>,
    /// The display name of the certification target
    pub target_display_name: Option<String>,
    /// The name of the application/source
    pub application_name: Option<String>,
    /// The name of the attribute being certified
    pub attribute_name: Option<String>,
    /// The operation of the certification on the attribute
    pub attribute_operation: Option<String>,
    /// The value of the attribute being certified
    pub attribute_value: Option<String>,
    /// The native identity of the target
    pub native_identity: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
crate::serde_helpers::serde_struct!(RemediationItems {
    id: optional("id"),
    target_id: optional("targetId"),
    target_name: optional("targetName"),
    target_display_name: optional("targetDisplayName"),
    application_name: optional("applicationName"),
    attribute_name: optional("attributeName"),
    attribute_operation: optional("attributeOperation"),
    attribute_value: optional("attributeValue"),
    native_identity: optional("nativeIdentity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RemediationItems {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
