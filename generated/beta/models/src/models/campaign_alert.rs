#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignAlert {
    /// Denotes the level of the message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<crate::CampaignAlertLevel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub localizations: Option<Vec<crate::ErrorMessageDtoV3>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignAlert {
    /// Builds a `CampaignAlert` with every field unset.
    pub fn new() -> Self {
        Self {
            level: None,
            localizations: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignAlert {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.level, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.localizations, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Denotes the level of the message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignAlertLevel {
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `INFO`
    Info,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignAlertLevel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Warn => "WARN",
            Self::Info => "INFO",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CampaignAlertLevel {
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => Self::Error,
            "WARN" => Self::Warn,
            "INFO" => Self::Info,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CampaignAlertLevel {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CampaignAlertLevel {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CampaignAlertLevel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CampaignAlertLevel {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignAlertLevel {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for CampaignAlertLevel {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
