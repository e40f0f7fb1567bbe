/// Discovered applications with their respective associated sources
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DiscoveredApplication {
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
    /// List of associated sources related to this discovered application.
    pub associated_sources: Option<Vec<String>>,
    /// The operational status of the application.
    pub operational_status: Option<String>,
    /// The category of the discovery source.
    pub discovery_source_category: Option<String>,
    /// The number of licenses associated with the application.
    pub license_count: Option<i32>,
    /// Indicates whether the application is sanctioned.
    pub is_sanctioned: Option<bool>,
    /// URL of the application's logo.
    pub logo: Option<String>,
    /// The URL of the application.
    pub app_url: Option<String>,
    /// List of groups associated with the application.
    pub groups: Option<Vec<::serde_json::Value>>,
    /// The count of users associated with the application.
    pub users_count: Option<String>,
    /// The owners of the application.
    pub application_owner: Option<Vec<String>>,
    /// The IT owners of the application.
    pub it_application_owner: Option<Vec<String>>,
    /// The business criticality level of the application.
    pub business_criticality: Option<String>,
    /// The data classification level of the application.
    pub data_classification: Option<String>,
    /// The business unit associated with the application.
    pub business_unit: Option<String>,
    /// The installation type of the application.
    pub install_type: Option<String>,
    /// The environment in which the application operates.
    pub environment: Option<String>,
    /// The risk score of the application ranging from 0-100, 100 being highest risk.
    pub risk_score: Option<i32>,
    /// Indicates whether the application is used for business purposes.
    pub is_business: Option<bool>,
    /// The total number of sign-in accounts for the application.
    pub total_signins_count: Option<i32>,
    /// The risk level of the application.
    pub risk_level: Option<crate::DiscoveredApplicationRiskLevel>,
    /// Indicates whether the application has privileged access.
    pub is_privileged: Option<bool>,
    /// The warranty expiration date of the application.
    pub warranty_expiration: Option<String>,
    /// Additional attributes of the application useful for visibility of governance posture.
    pub attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DiscoveredApplication {
    /// Builds a `DiscoveredApplication` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DiscoveredApplication {
    id: optional::<String>(id),
    name: optional::<String>(name),
    discovery_source: optional::<String>(discovery_source),
    discovered_vendor: optional::<String>(discovered_vendor),
    description: optional::<String>(description),
    recommended_connectors: optional::<Vec<String>>(recommended_connectors),
    discovered_at: optional::<crate::primitives::DateTime>(discovered_at),
    created_at: optional::<crate::primitives::DateTime>(created_at),
    status: optional::<String>(status),
    associated_sources: optional::<Vec<String>>(associated_sources),
    operational_status: optional::<String>(operational_status),
    discovery_source_category: optional::<String>(discovery_source_category),
    license_count: optional::<i32>(license_count),
    is_sanctioned: optional::<bool>(is_sanctioned),
    logo: optional::<String>(logo),
    app_url: optional::<String>(app_url),
    groups: optional::<Vec<::serde_json::Value>>(groups),
    users_count: optional::<String>(users_count),
    application_owner: optional::<Vec<String>>(application_owner),
    it_application_owner: optional::<Vec<String>>(it_application_owner),
    business_criticality: optional::<String>(business_criticality),
    data_classification: optional::<String>(data_classification),
    business_unit: optional::<String>(business_unit),
    install_type: optional::<String>(install_type),
    environment: optional::<String>(environment),
    risk_score: optional::<i32>(risk_score),
    is_business: optional::<bool>(is_business),
    total_signins_count: optional::<i32>(total_signins_count),
    risk_level: optional::<crate::DiscoveredApplicationRiskLevel>(risk_level),
    is_privileged: optional::<bool>(is_privileged),
    warranty_expiration: optional::<String>(warranty_expiration),
    attributes: optional::<::serde_json::Value>(attributes),
});
crate::serde_helpers::serde_struct!(DiscoveredApplication {
    id: optional("id"),
    name: optional("name"),
    discovery_source: optional("discoverySource"),
    discovered_vendor: optional("discoveredVendor"),
    description: optional("description"),
    recommended_connectors: optional("recommendedConnectors"),
    discovered_at: optional("discoveredAt"),
    created_at: optional("createdAt"),
    status: optional("status"),
    associated_sources: optional("associatedSources"),
    operational_status: optional("operationalStatus"),
    discovery_source_category: optional("discoverySourceCategory"),
    license_count: optional("licenseCount"),
    is_sanctioned: optional("isSanctioned"),
    logo: optional("logo"),
    app_url: optional("appUrl"),
    groups: optional("groups"),
    users_count: optional("usersCount"),
    application_owner: optional("applicationOwner"),
    it_application_owner: optional("itApplicationOwner"),
    business_criticality: optional("businessCriticality"),
    data_classification: optional("dataClassification"),
    business_unit: optional("businessUnit"),
    install_type: optional("installType"),
    environment: optional("environment"),
    risk_score: optional("riskScore"),
    is_business: optional("isBusiness"),
    total_signins_count: optional("totalSigninsCount"),
    risk_level: optional("riskLevel"),
    is_privileged: optional("isPrivileged"),
    warranty_expiration: optional("warrantyExpiration"),
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DiscoveredApplication {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.groups, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.risk_level, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The risk level of the application.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DiscoveredApplicationRiskLevel {
    /// `High`
    High,
    /// `Medium`
    Medium,
    /// `Low`
    Low,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DiscoveredApplicationRiskLevel {
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
impl From<&str> for DiscoveredApplicationRiskLevel {
    fn from(value: &str) -> Self {
        match value {
            "High" => Self::High,
            "Medium" => Self::Medium,
            "Low" => Self::Low,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DiscoveredApplicationRiskLevel);
