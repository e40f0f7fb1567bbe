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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningEntitlement {
    /// Builds a `RoleMiningEntitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entitlement_ref`.
    pub fn entitlement_ref(
        mut self,
        value: impl Into<crate::RoleMiningEntitlementRef>,
    ) -> Self {
        self.entitlement_ref = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `application_name`.
    pub fn application_name(mut self, value: impl Into<String>) -> Self {
        self.application_name = Some(value.into());
        self
    }
    /// Sets `identity_count`.
    pub fn identity_count(mut self, value: impl Into<i32>) -> Self {
        self.identity_count = Some(value.into());
        self
    }
    /// Sets `popularity`.
    pub fn popularity(mut self, value: impl Into<f64>) -> Self {
        self.popularity = Some(value.into());
        self
    }
    /// Sets `popularity_in_org`.
    pub fn popularity_in_org(mut self, value: impl Into<f64>) -> Self {
        self.popularity_in_org = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `activity_source_state`.
    pub fn activity_source_state(mut self, value: impl Into<String>) -> Self {
        self.activity_source_state = Some(Some(value.into()));
        self
    }
    /// Sets `activity_source_state` to an explicit `null`.
    pub fn activity_source_state_null(mut self) -> Self {
        self.activity_source_state = Some(None);
        self
    }
    /// Sets `source_usage_percent`.
    pub fn source_usage_percent(mut self, value: impl Into<f64>) -> Self {
        self.source_usage_percent = Some(Some(value.into()));
        self
    }
    /// Sets `source_usage_percent` to an explicit `null`.
    pub fn source_usage_percent_null(mut self) -> Self {
        self.source_usage_percent = Some(None);
        self
    }
}
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
