#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokenAuthResponse {
    /// MFA Authentication status
    pub status: Option<crate::TokenAuthResponseStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TokenAuthResponse {
    /// Builds a `TokenAuthResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TokenAuthResponse {
    status: optional::<crate::TokenAuthResponseStatus>(status),
});
crate::serde_helpers::serde_struct!(TokenAuthResponse {
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TokenAuthResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// MFA Authentication status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TokenAuthResponseStatus {
    /// `PENDING`
    Pending,
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// `LOCKOUT`
    Lockout,
    /// `NOT_ENOUGH_DATA`
    NotEnoughData,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TokenAuthResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Lockout => "LOCKOUT",
            Self::NotEnoughData => "NOT_ENOUGH_DATA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TokenAuthResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            "LOCKOUT" => Self::Lockout,
            "NOT_ENOUGH_DATA" => Self::NotEnoughData,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TokenAuthResponseStatus);
