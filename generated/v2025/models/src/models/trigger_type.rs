/// The type of trigger.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TriggerType {
    /// `REQUEST_RESPONSE`
    RequestResponse,
    /// `FIRE_AND_FORGET`
    FireAndForget,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TriggerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequestResponse => "REQUEST_RESPONSE",
            Self::FireAndForget => "FIRE_AND_FORGET",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TriggerType {
    fn from(value: &str) -> Self {
        match value {
            "REQUEST_RESPONSE" => Self::RequestResponse,
            "FIRE_AND_FORGET" => Self::FireAndForget,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TriggerType);
