/// Provisioning Policy Dto
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisioningPolicy {
    /// the provisioning policy name
    pub name: Option<String>,
    /// the description of the provisioning policy
    pub description: Option<String>,
    pub usage_type: Option<crate::UsageType>,
    pub fields: Option<Vec<crate::FieldDetailsDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningPolicy {
    /// Builds a `ProvisioningPolicy` from its required fields; the others are unset.
    pub fn new(name: impl Into<Option<String>>) -> Self {
        Self {
            name: name.into(),
            description: None,
            usage_type: None,
            fields: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ProvisioningPolicy {
    description: optional::<String>(description),
    usage_type: optional::<crate::UsageType>(usage_type),
    fields: optional::<Vec<crate::FieldDetailsDto>>(fields),
});
crate::serde_helpers::serde_struct!(ProvisioningPolicy {
    name: required("name"),
    description: optional("description"),
    usage_type: optional("usageType"),
    fields: optional("fields"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningPolicy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.usage_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.fields, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
