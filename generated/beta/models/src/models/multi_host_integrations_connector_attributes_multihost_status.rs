/// Multi-Host integration status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsConnectorAttributesMultihostStatus {
    /// `ready`
    Ready,
    /// `processing`
    Processing,
    /// `fileUploadInProgress`
    FileUploadInProgress,
    /// `sourceCreationInProgress`
    SourceCreationInProgress,
    /// `aggregationGroupingInProgress`
    AggregationGroupingInProgress,
    /// `aggregationScheduleInProgress`
    AggregationScheduleInProgress,
    /// `deleteInProgress`
    DeleteInProgress,
    /// `deleteFailed`
    DeleteFailed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsConnectorAttributesMultihostStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ready => "ready",
            Self::Processing => "processing",
            Self::FileUploadInProgress => "fileUploadInProgress",
            Self::SourceCreationInProgress => "sourceCreationInProgress",
            Self::AggregationGroupingInProgress => "aggregationGroupingInProgress",
            Self::AggregationScheduleInProgress => "aggregationScheduleInProgress",
            Self::DeleteInProgress => "deleteInProgress",
            Self::DeleteFailed => "deleteFailed",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    fn from(value: &str) -> Self {
        match value {
            "ready" => Self::Ready,
            "processing" => Self::Processing,
            "fileUploadInProgress" => Self::FileUploadInProgress,
            "sourceCreationInProgress" => Self::SourceCreationInProgress,
            "aggregationGroupingInProgress" => Self::AggregationGroupingInProgress,
            "aggregationScheduleInProgress" => Self::AggregationScheduleInProgress,
            "deleteInProgress" => Self::DeleteInProgress,
            "deleteFailed" => Self::DeleteFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit
for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
