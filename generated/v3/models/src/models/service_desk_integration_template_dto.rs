/// Includes the fields of [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDeskIntegrationTemplateDto {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// The 'type' property specifies the type of the Service Desk integration template.
    pub r#type: String,
    /// The 'attributes' property value is a map of attributes available for integrations using this Service Desk integration template.
    pub attributes: ::serde_json::Value,
    /// The 'provisioningConfig' property specifies the configuration used to provision integrations using the template.
    pub provisioning_config: crate::ProvisioningConfig,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ServiceDeskIntegrationTemplateDto {
    /// Builds a `ServiceDeskIntegrationTemplateDto` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<Option<String>>,
        r#type: impl Into<String>,
        attributes: impl Into<::serde_json::Value>,
        provisioning_config: impl Into<crate::ProvisioningConfig>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            r#type: r#type.into(),
            attributes: attributes.into(),
            provisioning_config: provisioning_config.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ServiceDeskIntegrationTemplateDto {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(ServiceDeskIntegrationTemplateDto {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    r#type: required("type"),
    attributes: required("attributes"),
    provisioning_config: required("provisioningConfig"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ServiceDeskIntegrationTemplateDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
