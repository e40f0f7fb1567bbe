/// Client Runtime Logging Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct SetDurationMinutes {
    /// Log configuration's client ID
    pub client_id: Option<String>,
    /// Duration in minutes for log configuration to remain in effect before resetting to defaults.
    pub duration_minutes: Option<i32>,
    /// Root log level to apply, the default level for all logs. For more information about logging levels, refer to the "Logging Levels" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    pub root_level: crate::StandardLevel,
    /// Map of log level by key. The keys are logging classes, and the values are logging levels. To see the available connectors and their logging classes, refer to the "Logging Classes" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    pub log_levels: Option<::indexmap::IndexMap<String, crate::StandardLevel>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SetDurationMinutes {
    /// Builds a `SetDurationMinutes` from its required fields; the others are unset.
    pub fn new(root_level: impl Into<crate::StandardLevel>) -> Self {
        Self {
            client_id: None,
            duration_minutes: None,
            root_level: root_level.into(),
            log_levels: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SetDurationMinutes {
    client_id: optional::<String>(client_id),
    duration_minutes: optional::<i32>(duration_minutes),
    log_levels: optional::<::indexmap::IndexMap<String, crate::StandardLevel>>(log_levels),
});
crate::serde_helpers::serde_struct!(SetDurationMinutes {
    client_id: optional("clientId"),
    duration_minutes: optional("durationMinutes"),
    root_level: required("rootLevel"),
    log_levels: optional("logLevels"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SetDurationMinutes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.root_level, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.log_levels, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
