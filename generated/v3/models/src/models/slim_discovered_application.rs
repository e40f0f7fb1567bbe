/// Discovered applications
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SlimDiscoveredApplication {
    /// Unique identifier for the discovered application.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Name of the discovered application.
    pub name: Option<String>,
    /// Source from which the application was discovered.
    pub discovery_source: Option<String>,
    /// The vendor associated with the discovered application.
    pub discovered_vendor: Option<String>,
    /// A brief description of the discovered application.
    pub description: Option<String>,
    /// List of recommended connectors for the application.
    pub recommended_connectors: Option<Vec<String>>,
    /// The timestamp when the application was last received via an entitlement aggregation invocation  or a manual csv upload, in ISO 8601 format.
    pub discovered_at: Option<crate::primitives::DateTime>,
    /// The timestamp when the application was first discovered, in ISO 8601 format.
    pub created_at: Option<crate::primitives::DateTime>,
    /// The status of an application within the discovery source.
    ///
    /// By default this field is set to "ACTIVE" when the application is discovered.
    ///
    /// If an application has been deleted from within the discovery source, the status will be set to "INACTIVE".
    pub status: Option<String>,
    /// The risk score of the application ranging from 0-100, 100 being highest risk.
    pub risk_score: Option<i32>,
    /// Indicates whether the application is used for business purposes.
    pub is_business: Option<bool>,
    /// The total number of sign-in accounts for the application.
    pub total_signins_count: Option<i32>,
    /// The risk level of the application.
    pub risk_level: Option<crate::SlimDiscoveredApplicationRiskLevel>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SlimDiscoveredApplication {
    /// Builds a `SlimDiscoveredApplication` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `discovery_source`.
    pub fn discovery_source(mut self, value: impl Into<String>) -> Self {
        self.discovery_source = Some(value.into());
        self
    }
    /// Sets `discovered_vendor`.
    pub fn discovered_vendor(mut self, value: impl Into<String>) -> Self {
        self.discovered_vendor = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `recommended_connectors`.
    pub fn recommended_connectors(mut self, value: impl Into<Vec<String>>) -> Self {
        self.recommended_connectors = Some(value.into());
        self
    }
    /// Sets `discovered_at`.
    pub fn discovered_at(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.discovered_at = Some(value.into());
        self
    }
    /// Sets `created_at`.
    pub fn created_at(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `risk_score`.
    pub fn risk_score(mut self, value: impl Into<i32>) -> Self {
        self.risk_score = Some(value.into());
        self
    }
    /// Sets `is_business`.
    pub fn is_business(mut self, value: impl Into<bool>) -> Self {
        self.is_business = Some(value.into());
        self
    }
    /// Sets `total_signins_count`.
    pub fn total_signins_count(mut self, value: impl Into<i32>) -> Self {
        self.total_signins_count = Some(value.into());
        self
    }
    /// Sets `risk_level`.
    pub fn risk_level(
        mut self,
        value: impl Into<crate::SlimDiscoveredApplicationRiskLevel>,
    ) -> Self {
        self.risk_level = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(SlimDiscoveredApplication {
    id: optional("id"),
    name: optional("name"),
    discovery_source: optional("discoverySource"),
    discovered_vendor: optional("discoveredVendor"),
    description: optional("description"),
    recommended_connectors: optional("recommendedConnectors"),
    discovered_at: optional("discoveredAt"),
    created_at: optional("createdAt"),
    status: optional("status"),
    risk_score: optional("riskScore"),
    is_business: optional("isBusiness"),
    total_signins_count: optional("totalSigninsCount"),
    risk_level: optional("riskLevel"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SlimDiscoveredApplication {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.risk_level, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The risk level of the application.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SlimDiscoveredApplicationRiskLevel {
    /// `High`
    High,
    /// `Medium`
    Medium,
    /// `Low`
    Low,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SlimDiscoveredApplicationRiskLevel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "High",
            Self::Medium => "Medium",
            Self::Low => "Low",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SlimDiscoveredApplicationRiskLevel {
    fn from(value: &str) -> Self {
        match value {
            "High" => Self::High,
            "Medium" => Self::Medium,
            "Low" => Self::Low,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SlimDiscoveredApplicationRiskLevel);
