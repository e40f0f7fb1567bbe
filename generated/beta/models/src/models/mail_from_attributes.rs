/// MAIL FROM attributes for a domain / identity
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MailFromAttributes {
    /// The email identity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// The name of a domain that an email identity uses as a custom MAIL FROM domain
    #[serde(rename = "mailFromDomain", default, skip_serializing_if = "Option::is_none")]
    pub mail_from_domain: Option<String>,
    /// MX record that is required in customer's DNS to allow the domain to receive bounce and complaint notifications that email providers send you
    #[serde(rename = "mxRecord", default, skip_serializing_if = "Option::is_none")]
    pub mx_record: Option<String>,
    /// TXT record that is required in customer's DNS in order to prove that Amazon SES is authorized to send email from your domain
    #[serde(rename = "txtRecord", default, skip_serializing_if = "Option::is_none")]
    pub txt_record: Option<String>,
    /// The current status of the MAIL FROM verification
    #[serde(
        rename = "mailFromDomainStatus",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub mail_from_domain_status: Option<crate::MailFromAttributesMailFromDomainStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MailFromAttributes {
    /// Builds a `MailFromAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            identity: None,
            mail_from_domain: None,
            mx_record: None,
            txt_record: None,
            mail_from_domain_status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MailFromAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.mail_from_domain_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
