#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleMiningEntitlement {
    /// Details about the entitlement
    #[serde(rename = "entitlementRef", default, skip_serializing_if = "Option::is_none")]
    pub entitlement_ref: Option<crate::RoleMiningEntitlementRef>,
    /// Name of the entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Application name of the entitlement
    #[serde(
        rename = "applicationName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub application_name: Option<String>,
    /// The number of identities with this entitlement in a role.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// The % popularity of this entitlement in a role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub popularity: Option<f64>,
    /// The % popularity of this entitlement in the org.
    #[serde(
        rename = "popularityInOrg",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub popularity_in_org: Option<f64>,
    /// The ID of the source/application.
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The status of activity data for the source.   Value is complete or notComplete.
    #[serde(
        rename = "activitySourceState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub activity_source_state: Option<Option<String>>,
    /// The percentage of identities in the potential role that have usage of the source/application of this entitlement.
    #[serde(
        rename = "sourceUsagePercent",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub source_usage_percent: Option<Option<f64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for RoleMiningEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
