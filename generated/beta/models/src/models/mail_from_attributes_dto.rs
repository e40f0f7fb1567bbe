/// MAIL FROM attributes for a domain / identity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MailFromAttributesDto {
    /// The identity or domain address
    pub identity: Option<String>,
    /// The new MAIL FROM domain of the identity. Must be a subdomain of the identity.
    pub mail_from_domain: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MailFromAttributesDto {
    /// Builds a `MailFromAttributesDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MailFromAttributesDto {
    identity: optional::<String>(identity),
    mail_from_domain: optional::<String>(mail_from_domain),
});
crate::serde_helpers::serde_struct!(MailFromAttributesDto {
    identity: optional("identity"),
    mail_from_domain: optional("mailFromDomain"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MailFromAttributesDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
