/// Federation protocol role
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FederationProtocolDetailsRole {
    /// `SAML_IDP`
    SamlIdp,
    /// `SAML_SP`
    SamlSp,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FederationProtocolDetailsRole {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SamlIdp => "SAML_IDP",
            Self::SamlSp => "SAML_SP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FederationProtocolDetailsRole {
    fn from(value: &str) -> Self {
        match value {
            "SAML_IDP" => Self::SamlIdp,
            "SAML_SP" => Self::SamlSp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FederationProtocolDetailsRole);
