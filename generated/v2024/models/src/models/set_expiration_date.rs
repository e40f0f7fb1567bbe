/// Client Runtime Logging Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct SetExpirationDate {
    /// Log configuration's client ID
    pub client_id: Option<String>,
    /// Expiration date-time of the log configuration request.  Can be no greater than 24 hours from current date-time.
    pub expiration: Option<crate::primitives::DateTime>,
    /// Root log level to apply, the default level for all logs. For more information about logging levels, refer to the "Logging Levels" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    pub root_level: crate::StandardLevel,
    /// Map of log level by key. The keys are logging classes, and the values are logging levels. To see the available connectors and their logging classes, refer to the "Logging Classes" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    pub log_levels: Option<::indexmap::IndexMap<String, crate::StandardLevel>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SetExpirationDate {
    /// Builds a `SetExpirationDate` from its required fields; the others are unset.
    pub fn new(root_level: impl Into<crate::StandardLevel>) -> Self {
        Self {
            client_id: None,
            expiration: None,
            root_level: root_level.into(),
            log_levels: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SetExpirationDate {
    client_id: optional::<String>(client_id),
    expiration: optional::<crate::primitives::DateTime>(expiration),
    log_levels: optional::<::indexmap::IndexMap<String, crate::StandardLevel>>(log_levels),
});
crate::serde_helpers::serde_struct!(SetExpirationDate {
    client_id: optional("clientId"),
    expiration: optional("expiration"),
    root_level: required("rootLevel"),
    log_levels: optional("logLevels"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SetExpirationDate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.root_level, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.log_levels, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
