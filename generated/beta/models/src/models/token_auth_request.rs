#[derive(Debug, Clone, PartialEq)]
pub struct TokenAuthRequest {
    /// Token value
    pub token: String,
    /// User alias from table spt_identity field named 'name'
    pub user_alias: String,
    /// Token delivery type
    pub delivery_type: crate::TokenAuthRequestDeliveryType,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TokenAuthRequest {
    /// Builds a `TokenAuthRequest` from its required fields; the others are unset.
    pub fn new(
        token: impl Into<String>,
        user_alias: impl Into<String>,
        delivery_type: impl Into<crate::TokenAuthRequestDeliveryType>,
    ) -> Self {
        Self {
            token: token.into(),
            user_alias: user_alias.into(),
            delivery_type: delivery_type.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(TokenAuthRequest {
    token: required("token"),
    user_alias: required("userAlias"),
    delivery_type: required("deliveryType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TokenAuthRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.delivery_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Token delivery type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TokenAuthRequestDeliveryType {
    /// `SMS_PERSONAL`
    SmsPersonal,
    /// `VOICE_PERSONAL`
    VoicePersonal,
    /// `SMS_WORK`
    SmsWork,
    /// `VOICE_WORK`
    VoiceWork,
    /// `EMAIL_WORK`
    EmailWork,
    /// `EMAIL_PERSONAL`
    EmailPersonal,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TokenAuthRequestDeliveryType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SmsPersonal => "SMS_PERSONAL",
            Self::VoicePersonal => "VOICE_PERSONAL",
            Self::SmsWork => "SMS_WORK",
            Self::VoiceWork => "VOICE_WORK",
            Self::EmailWork => "EMAIL_WORK",
            Self::EmailPersonal => "EMAIL_PERSONAL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TokenAuthRequestDeliveryType {
    fn from(value: &str) -> Self {
        match value {
            "SMS_PERSONAL" => Self::SmsPersonal,
            "VOICE_PERSONAL" => Self::VoicePersonal,
            "SMS_WORK" => Self::SmsWork,
            "VOICE_WORK" => Self::VoiceWork,
            "EMAIL_WORK" => Self::EmailWork,
            "EMAIL_PERSONAL" => Self::EmailPersonal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TokenAuthRequestDeliveryType);
