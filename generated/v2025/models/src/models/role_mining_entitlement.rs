#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningEntitlement {
    /// Details about the entitlement
    pub entitlement_ref: Option<crate::RoleMiningEntitlementRef>,
    /// Name of the entitlement
    pub name: Option<String>,
    /// Application name of the entitlement
    pub application_name: Option<String>,
    /// The number of identities with this entitlement in a role.
    pub identity_count: Option<i32>,
    /// The % popularity of this entitlement in a role.
    pub popularity: Option<f64>,
    /// The % popularity of this entitlement in the org.
    pub popularity_in_org: Option<f64>,
    /// The ID of the source/application.
    pub source_id: Option<String>,
    /// The status of activity data for the source.   Value is complete or notComplete.
    pub activity_source_state: Option<Option<String>>,
    /// The percentage of identities in the potential role that have usage of the source/application of this entitlement.
    pub source_usage_percent: Option<Option<f64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningEntitlement {
    /// Builds a `RoleMiningEntitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningEntitlement {
    entitlement_ref: optional::<crate::RoleMiningEntitlementRef>(entitlement_ref),
    name: optional::<String>(name),
    application_name: optional::<String>(application_name),
    identity_count: optional::<i32>(identity_count),
    popularity: optional::<f64>(popularity),
    popularity_in_org: optional::<f64>(popularity_in_org),
    source_id: optional::<String>(source_id),
    activity_source_state: nullable::<String>(activity_source_state, activity_source_state_null),
    source_usage_percent: nullable::<f64>(source_usage_percent, source_usage_percent_null),
});
crate::serde_helpers::serde_struct!(RoleMiningEntitlement {
    entitlement_ref: optional("entitlementRef"),
    name: optional("name"),
    application_name: optional("applicationName"),
    identity_count: optional("identityCount"),
    popularity: optional("popularity"),
    popularity_in_org: optional("popularityInOrg"),
    source_id: optional("sourceId"),
    activity_source_state: nullable("activitySourceState"),
    source_usage_percent: nullable("sourceUsagePercent"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
