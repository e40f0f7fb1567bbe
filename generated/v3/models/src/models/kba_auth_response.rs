#[derive(Debug, Clone, PartialEq, Default)]
pub struct KbaAuthResponse {
    pub kba_auth_response_items: Option<Vec<crate::KbaAuthResponseItem>>,
    /// MFA Authentication status
    pub status: Option<crate::KbaAuthResponseStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl KbaAuthResponse {
    /// Builds a `KbaAuthResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(KbaAuthResponse {
    kba_auth_response_items: optional::<Vec<crate::KbaAuthResponseItem>>(kba_auth_response_items),
    status: optional::<crate::KbaAuthResponseStatus>(status),
});
crate::serde_helpers::serde_struct!(KbaAuthResponse {
    kba_auth_response_items: optional("kbaAuthResponseItems"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for KbaAuthResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.kba_auth_response_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// MFA Authentication status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KbaAuthResponseStatus {
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
impl KbaAuthResponseStatus {
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
impl From<&str> for KbaAuthResponseStatus {
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
crate::serde_helpers::string_enum!(KbaAuthResponseStatus);
