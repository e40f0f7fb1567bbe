#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthProfile {
    /// Authentication Profile name.
    pub name: Option<String>,
    /// Use it to block access from off network.
    pub off_network: Option<bool>,
    /// Use it to block access from untrusted geoographies.
    pub untrusted_geography: Option<bool>,
    /// Application ID.
    pub application_id: Option<String>,
    /// Application name.
    pub application_name: Option<String>,
    /// Type of the Authentication Profile.
    pub r#type: Option<crate::AuthProfileType>,
    /// Use it to enable strong authentication.
    pub strong_auth_login: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AuthProfile {
    /// Builds a `AuthProfile` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AuthProfile {
    name: optional::<String>(name),
    off_network: optional::<bool>(off_network),
    untrusted_geography: optional::<bool>(untrusted_geography),
    application_id: optional::<String>(application_id),
    application_name: optional::<String>(application_name),
    r#type: optional::<crate::AuthProfileType>(r#type),
    strong_auth_login: optional::<bool>(strong_auth_login),
});
crate::serde_helpers::serde_struct!(AuthProfile {
    name: optional("name"),
    off_network: optional("offNetwork"),
    untrusted_geography: optional("untrustedGeography"),
    application_id: optional("applicationId"),
    application_name: optional("applicationName"),
    r#type: optional("type"),
    strong_auth_login: optional("strongAuthLogin"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AuthProfile {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the Authentication Profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuthProfileType {
    /// `BLOCK`
    Block,
    /// `MFA`
    Mfa,
    /// `NON_PTA`
    NonPta,
    /// `PTA`
    Pta,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AuthProfileType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::Mfa => "MFA",
            Self::NonPta => "NON_PTA",
            Self::Pta => "PTA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AuthProfileType {
    fn from(value: &str) -> Self {
        match value {
            "BLOCK" => Self::Block,
            "MFA" => Self::Mfa,
            "NON_PTA" => Self::NonPta,
            "PTA" => Self::Pta,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AuthProfileType);
