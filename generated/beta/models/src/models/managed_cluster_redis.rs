/// Managed Cluster Redis Configuration
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClusterRedis {
    /// ManagedCluster redisHost
    pub redis_host: Option<String>,
    /// ManagedCluster redisPort
    pub redis_port: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterRedis {
    /// Builds a `ManagedClusterRedis` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClusterRedis {
    redis_host: optional::<String>(redis_host),
    redis_port: optional::<i32>(redis_port),
});
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
