#[derive(Debug, Clone, PartialEq)]
pub struct SendAccountVerificationRequest {
    /// The source name where identity account password should be reset
    pub source_name: Option<Option<String>>,
    /// The method to send notification
    pub via: crate::SendAccountVerificationRequestVia,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SendAccountVerificationRequest {
    /// Builds a `SendAccountVerificationRequest` from its required fields; the others are unset.
    pub fn new(via: impl Into<crate::SendAccountVerificationRequestVia>) -> Self {
        Self {
            source_name: None,
            via: via.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SendAccountVerificationRequest {
    source_name: nullable::<String>(source_name, source_name_null),
});
crate::serde_helpers::serde_struct!(SendAccountVerificationRequest {
    source_name: nullable("sourceName"),
    via: required("via"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SendAccountVerificationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.via, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The method to send notification
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SendAccountVerificationRequestVia {
    /// `EMAIL_WORK`
    EmailWork,
    /// `EMAIL_PERSONAL`
    EmailPersonal,
    /// `LINK_WORK`
    LinkWork,
    /// `LINK_PERSONAL`
    LinkPersonal,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SendAccountVerificationRequestVia {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailWork => "EMAIL_WORK",
            Self::EmailPersonal => "EMAIL_PERSONAL",
            Self::LinkWork => "LINK_WORK",
            Self::LinkPersonal => "LINK_PERSONAL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SendAccountVerificationRequestVia {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL_WORK" => Self::EmailWork,
            "EMAIL_PERSONAL" => Self::EmailPersonal,
            "LINK_WORK" => Self::LinkWork,
            "LINK_PERSONAL" => Self::LinkPersonal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SendAccountVerificationRequestVia);
