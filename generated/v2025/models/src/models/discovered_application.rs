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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DiscoveredApplication {
    /// Builds a `DiscoveredApplication` with every field unset.
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
    /// Sets `associated_sources`.
    pub fn associated_sources(mut self, value: impl Into<Vec<String>>) -> Self {
        self.associated_sources = Some(value.into());
        self
    }
    /// Sets `operational_status`.
    pub fn operational_status(mut self, value: impl Into<String>) -> Self {
        self.operational_status = Some(value.into());
        self
    }
    /// Sets `discovery_source_category`.
    pub fn discovery_source_category(mut self, value: impl Into<String>) -> Self {
        self.discovery_source_category = Some(value.into());
        self
    }
    /// Sets `license_count`.
    pub fn license_count(mut self, value: impl Into<i32>) -> Self {
        self.license_count = Some(value.into());
        self
    }
    /// Sets `is_sanctioned`.
    pub fn is_sanctioned(mut self, value: impl Into<bool>) -> Self {
        self.is_sanctioned = Some(value.into());
        self
    }
    /// Sets `logo`.
    pub fn logo(mut self, value: impl Into<String>) -> Self {
        self.logo = Some(value.into());
        self
    }
    /// Sets `app_url`.
    pub fn app_url(mut self, value: impl Into<String>) -> Self {
        self.app_url = Some(value.into());
        self
    }
    /// Sets `groups`.
    pub fn groups(mut self, value: impl Into<Vec<::serde_json::Value>>) -> Self {
        self.groups = Some(value.into());
        self
    }
    /// Sets `users_count`.
    pub fn users_count(mut self, value: impl Into<String>) -> Self {
        self.users_count = Some(value.into());
        self
    }
    /// Sets `application_owner`.
    pub fn application_owner(mut self, value: impl Into<Vec<String>>) -> Self {
        self.application_owner = Some(value.into());
        self
    }
    /// Sets `it_application_owner`.
    pub fn it_application_owner(mut self, value: impl Into<Vec<String>>) -> Self {
        self.it_application_owner = Some(value.into());
        self
    }
    /// Sets `business_criticality`.
    pub fn business_criticality(mut self, value: impl Into<String>) -> Self {
        self.business_criticality = Some(value.into());
        self
    }
    /// Sets `data_classification`.
    pub fn data_classification(mut self, value: impl Into<String>) -> Self {
        self.data_classification = Some(value.into());
        self
    }
    /// Sets `business_unit`.
    pub fn business_unit(mut self, value: impl Into<String>) -> Self {
        self.business_unit = Some(value.into());
        self
    }
    /// Sets `install_type`.
    pub fn install_type(mut self, value: impl Into<String>) -> Self {
        self.install_type = Some(value.into());
        self
    }
    /// Sets `environment`.
    pub fn environment(mut self, value: impl Into<String>) -> Self {
        self.environment = Some(value.into());
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
        value: impl Into<crate::DiscoveredApplicationRiskLevel>,
    ) -> Self {
        self.risk_level = Some(value.into());
        self
    }
    /// Sets `is_privileged`.
    pub fn is_privileged(mut self, value: impl Into<bool>) -> Self {
        self.is_privileged = Some(value.into());
        self
    }
    /// Sets `warranty_expiration`.
    pub fn warranty_expiration(mut self, value: impl Into<String>) -> Self {
        self.warranty_expiration = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
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
