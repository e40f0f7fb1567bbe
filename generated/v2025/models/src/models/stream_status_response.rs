/// Stream status returned by GET/POST /ssf/streams/status.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StreamStatusResponse {
    /// Stream identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
    /// Operational status of the stream (enabled, paused, or disabled).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::StreamStatusResponseStatus>,
    /// Optional reason for the current status (e.g. set when status is updated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl StreamStatusResponse {
    /// Builds a `StreamStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            stream_id: None,
            status: None,
            reason: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for StreamStatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Operational status of the stream (enabled, paused, or disabled).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StreamStatusResponseStatus {
    /// `enabled`
    Enabled,
    /// `paused`
    Paused,
    /// `disabled`
    Disabled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl StreamStatusResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Paused => "paused",
            Self::Disabled => "disabled",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for StreamStatusResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "paused" => Self::Paused,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StreamStatusResponseStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for StreamStatusResponseStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for StreamStatusResponseStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for StreamStatusResponseStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StreamStatusResponseStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for StreamStatusResponseStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
