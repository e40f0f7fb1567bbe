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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SlimDiscoveredApplication {
    /// Builds a `SlimDiscoveredApplication` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SlimDiscoveredApplication {
    id: optional::<String>(id),
    name: optional::<String>(name),
    discovery_source: optional::<String>(discovery_source),
    discovered_vendor: optional::<String>(discovered_vendor),
    description: optional::<String>(description),
    recommended_connectors: optional::<Vec<String>>(recommended_connectors),
    discovered_at: optional::<crate::primitives::DateTime>(discovered_at),
    created_at: optional::<crate::primitives::DateTime>(created_at),
    status: optional::<String>(status),
    risk_score: optional::<i32>(risk_score),
    is_business: optional::<bool>(is_business),
    total_signins_count: optional::<i32>(total_signins_count),
    risk_level: optional::<crate::SlimDiscoveredApplicationRiskLevel>(risk_level),
});
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
