#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignAlert {
    /// Denotes the level of the message
    pub level: Option<crate::CampaignAlertLevel>,
    pub localizations: Option<Vec<crate::ErrorMessageDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignAlert {
    /// Builds a `CampaignAlert` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignAlert {
    level: optional::<crate::CampaignAlertLevel>(level),
    localizations: optional::<Vec<crate::ErrorMessageDto>>(localizations),
});
crate::serde_helpers::serde_struct!(CampaignAlert {
    level: optional("level"),
    localizations: optional("localizations"),
    ..additional_properties
});
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
crate::serde_helpers::string_enum!(CampaignAlertLevel);
