#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActivateCampaignOptions {
    /// The timezone must be in a valid ISO 8601 format. Timezones in ISO 8601 are represented as UTC (represented as 'Z') or as an offset from UTC. The offset format can be +/-hh:mm, +/-hhmm, or +/-hh.
    pub time_zone: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ActivateCampaignOptions {
    /// Builds a `ActivateCampaignOptions` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ActivateCampaignOptions {
    time_zone: optional::<String>(time_zone),
});
crate::serde_helpers::serde_struct!(ActivateCampaignOptions {
    time_zone: optional("timeZone"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ActivateCampaignOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
