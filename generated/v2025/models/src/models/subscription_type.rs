/// Subscription type. **NOTE** If type is EVENTBRIDGE, then eventBridgeConfig is required. If type is HTTP, then httpConfig is required.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SubscriptionType {
    /// `HTTP`
    Http,
    /// `EVENTBRIDGE`
    Eventbridge,
    /// `INLINE`
    Inline,
    /// `SCRIPT`
    Script,
    /// `WORKFLOW`
    Workflow,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SubscriptionType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Eventbridge => "EVENTBRIDGE",
            Self::Inline => "INLINE",
            Self::Script => "SCRIPT",
            Self::Workflow => "WORKFLOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SubscriptionType {
    fn from(value: &str) -> Self {
        match value {
            "HTTP" => Self::Http,
            "EVENTBRIDGE" => Self::Eventbridge,
            "INLINE" => Self::Inline,
            "SCRIPT" => Self::Script,
            "WORKFLOW" => Self::Workflow,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SubscriptionType);
