/// Individual error or warning event
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    /// Description of the issue
    #[serde(
        rename = "detailedMessage",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub detailed_message: Option<String>,
    /// Unique identifier for the health event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Optional URL associated with the issue
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub url: Option<Option<String>>,
    /// Time when the event occurred
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Last time notification was sent for this issue
    #[serde(
        rename = "lastNotifiedTimeStamp",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_notified_time_stamp: Option<crate::primitives::DateTime>,
    /// CPU usage percentage
    #[serde(
        rename = "cpuUtilizationPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cpu_utilization_percentage: Option<Option<f64>>,
    /// Free memory percentage
    #[serde(
        rename = "freeSpacePercentage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub free_space_percentage: Option<Option<f64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            detailed_message: None,
            uuid: None,
            url: None,
            timestamp: None,
            last_notified_time_stamp: None,
            cpu_utilization_percentage: None,
            free_space_percentage: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
