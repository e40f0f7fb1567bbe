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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RemediationItems {
    /// Builds a `RemediationItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RemediationItems {
    id: optional::<String>(id),
    target_id: optional::<String>(target_id),
    target_name: optional::<String>(target_name),
    target_display_name: optional::<String>(target_display_name),
    application_name: optional::<String>(application_name),
    attribute_name: optional::<String>(attribute_name),
    attribute_operation: optional::<String>(attribute_operation),
    attribute_value: optional::<String>(attribute_value),
    native_identity: optional::<String>(native_identity),
});
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
