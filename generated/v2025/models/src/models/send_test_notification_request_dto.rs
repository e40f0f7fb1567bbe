#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendTestNotificationRequestDto {
    /// The template notification key.
    pub key: Option<String>,
    /// The notification medium. Has to be one of the following enum values.
    pub medium: Option<crate::SendTestNotificationRequestDtoMedium>,
    /// The locale for the message text.
    pub locale: Option<String>,
    /// A Json object that denotes the context specific to the template.
    pub context: Option<::serde_json::Value>,
    /// A list of override recipient email addresses for the test notification.
    pub recipient_email_list: Option<Vec<String>>,
    /// A list of CC email addresses for the test notification.
    pub carbon_copy: Option<Vec<String>>,
    /// A list of BCC email addresses for the test notification.
    pub blind_carbon_copy: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SendTestNotificationRequestDto {
    /// Builds a `SendTestNotificationRequestDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SendTestNotificationRequestDto {
    key: optional::<String>(key),
    medium: optional::<crate::SendTestNotificationRequestDtoMedium>(medium),
    locale: optional::<String>(locale),
    context: optional::<::serde_json::Value>(context),
    recipient_email_list: optional::<Vec<String>>(recipient_email_list),
    carbon_copy: optional::<Vec<String>>(carbon_copy),
    blind_carbon_copy: optional::<Vec<String>>(blind_carbon_copy),
});
crate::serde_helpers::serde_struct!(SendTestNotificationRequestDto {
    key: optional("key"),
    medium: optional("medium"),
    locale: optional("locale"),
    context: nullable("context"),
    recipient_email_list: optional("recipientEmailList"),
    carbon_copy: optional("carbonCopy"),
    blind_carbon_copy: optional("blindCarbonCopy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SendTestNotificationRequestDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.medium, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.context, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The notification medium. Has to be one of the following enum values.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SendTestNotificationRequestDtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SendTestNotificationRequestDtoMedium {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Slack => "SLACK",
            Self::Teams => "TEAMS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SendTestNotificationRequestDtoMedium {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Self::Email,
            "SLACK" => Self::Slack,
            "TEAMS" => Self::Teams,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SendTestNotificationRequestDtoMedium);
