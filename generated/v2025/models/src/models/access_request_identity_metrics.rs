#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestIdentityMetrics {
    /// A count of the provided manager's direct reports that have already been granted the access item in question.
    pub identities_with_access: Option<Option<i64>>,
    /// A count of the provided manager's direct reports that have activity within the associated source.
    pub identities_with_activity: Option<Option<i64>>,
    /// Total number of identities who share a manager with the identity requesting access.
    pub total_identities: Option<Option<i64>>,
    /// True if the manager's ID can be found. False if the manager's ID cannot be found.
    pub squad_available: Option<bool>,
    /// True if the requested access item is associated with a single Activity Data Insights connector source.  False if the requested access item type is a role. If it's a role, it matches to multiple sources, so a single relevant source can't be determined for activity metrics.
    pub valid_activity_object: Option<bool>,
    /// True if the Activity Data Insights connector is configured for the source associated with the requested access item. False if the matching Activity Data Insights connector is not configured.
    pub activity_source_configured: Option<bool>,
    /// True if the requested access item exists and is available. False if the requested access item is either missing or deleted.
    pub requested_object_active: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestIdentityMetrics {
    /// Builds a `AccessRequestIdentityMetrics` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestIdentityMetrics {
    identities_with_access: nullable::<i64>(identities_with_access, identities_with_access_null),
    identities_with_activity: nullable::<i64>(identities_with_activity, identities_with_activity_null),
    total_identities: nullable::<i64>(total_identities, total_identities_null),
    squad_available: optional::<bool>(squad_available),
    valid_activity_object: optional::<bool>(valid_activity_object),
    activity_source_configured: optional::<bool>(activity_source_configured),
    requested_object_active: optional::<bool>(requested_object_active),
});
crate::serde_helpers::serde_struct!(AccessRequestIdentityMetrics {
    identities_with_access: nullable("identitiesWithAccess"),
    identities_with_activity: nullable("identitiesWithActivity"),
    total_identities: nullable("totalIdentities"),
    squad_available: optional("squadAvailable"),
    valid_activity_object: optional("validActivityObject"),
    activity_source_configured: optional("activitySourceConfigured"),
    requested_object_active: optional("requestedObjectActive"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestIdentityMetrics {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
