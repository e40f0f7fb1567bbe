/// Insights into account activity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActivityInsights {
    /// UUID of the account
    pub account_id: Option<String>,
    /// The number of days of activity
    pub usage_days: Option<i32>,
    /// Status indicating if the activity is complete or unknown
    pub usage_days_state: Option<crate::ActivityInsightsUsageDaysState>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ActivityInsights {
    /// Builds a `ActivityInsights` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ActivityInsights {
    account_id: optional::<String>(account_id),
    usage_days: optional::<i32>(usage_days),
    usage_days_state: optional::<crate::ActivityInsightsUsageDaysState>(usage_days_state),
});
crate::serde_helpers::serde_struct!(ActivityInsights {
    account_id: optional("accountID"),
    usage_days: optional("usageDays"),
    usage_days_state: optional("usageDaysState"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ActivityInsights {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.usage_days_state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Status indicating if the activity is complete or unknown
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActivityInsightsUsageDaysState {
    /// `COMPLETE`
    Complete,
    /// `UNKNOWN`
    Unknown2,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ActivityInsightsUsageDaysState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Complete => "COMPLETE",
            Self::Unknown2 => "UNKNOWN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ActivityInsightsUsageDaysState {
    fn from(value: &str) -> Self {
        match value {
            "COMPLETE" => Self::Complete,
            "UNKNOWN" => Self::Unknown2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ActivityInsightsUsageDaysState);
