/// MAIL FROM attributes for a domain / identity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MailFromAttributes {
    /// The email identity
    pub identity: Option<String>,
    /// The name of a domain that an email identity uses as a custom MAIL FROM domain
    pub mail_from_domain: Option<String>,
    /// MX record that is required in customer's DNS to allow the domain to receive bounce and complaint notifications that email providers send you
    pub mx_record: Option<String>,
    /// TXT record that is required in customer's DNS in order to prove that Amazon SES is authorized to send email from your domain
    pub txt_record: Option<String>,
    /// The current status of the MAIL FROM verification
    pub mail_from_domain_status: Option<crate::MailFromAttributesMailFromDomainStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MailFromAttributes {
    /// Builds a `MailFromAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MailFromAttributes {
    identity: optional::<String>(identity),
    mail_from_domain: optional::<String>(mail_from_domain),
    mx_record: optional::<String>(mx_record),
    txt_record: optional::<String>(txt_record),
    mail_from_domain_status: optional::<crate::MailFromAttributesMailFromDomainStatus>(mail_from_domain_status),
});
crate::serde_helpers::serde_struct!(MailFromAttributes {
    identity: optional("identity"),
    mail_from_domain: optional("mailFromDomain"),
    mx_record: optional("mxRecord"),
    txt_record: optional("txtRecord"),
    mail_from_domain_status: optional("mailFromDomainStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MailFromAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.mail_from_domain_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The current status of the MAIL FROM verification
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MailFromAttributesMailFromDomainStatus {
    /// `PENDING`
    Pending,
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MailFromAttributesMailFromDomainStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MailFromAttributesMailFromDomainStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MailFromAttributesMailFromDomainStatus);
