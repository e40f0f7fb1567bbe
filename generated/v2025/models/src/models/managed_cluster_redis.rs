/// Managed Cluster Redis Configuration
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClusterRedis {
    /// ManagedCluster redisHost
    pub redis_host: Option<String>,
    /// ManagedCluster redisPort
    pub redis_port: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
crate::serde_helpers::serde_struct!(ManagedClusterRedis {
    redis_host: optional("redisHost"),
    redis_port: optional("redisPort"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClusterRedis {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
