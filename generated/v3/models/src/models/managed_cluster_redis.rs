/// Managed Cluster Redis Configuration
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClusterRedis {
    /// ManagedCluster redisHost
    #[serde(rename = "redisHost", default, skip_serializing_if = "Option::is_none")]
    pub redis_host: Option<String>,
    /// ManagedCluster redisPort
    #[serde(rename = "redisPort", default, skip_serializing_if = "Option::is_none")]
    pub redis_port: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterRedis {
    /// Builds a `ManagedClusterRedis` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `redis_host`.
    pub fn redis_host(mut self, value: impl Into<String>) -> Self {
        self.redis_host = Some(value.into());
        self
    }
    /// Sets `redis_port`.
    pub fn redis_port(mut self, value: impl Into<i32>) -> Self {
        self.redis_port = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClusterRedis {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
