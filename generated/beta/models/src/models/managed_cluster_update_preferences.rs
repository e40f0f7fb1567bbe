/// The preference for applying updates for the cluster
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClusterUpdatePreferences {
    /// The processGroups for updatePreferences
    #[serde(
        rename = "processGroups",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub process_groups: Option<Option<String>>,
    /// The current updateState for the cluster
    #[serde(
        rename = "updateState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub update_state: Option<Option<crate::ManagedClusterUpdatePreferencesUpdateState>>,
    /// The mail id to which new releases will be notified
    #[serde(
        rename = "notificationEmail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub notification_email: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterUpdatePreferences {
    /// Builds a `ManagedClusterUpdatePreferences` with every field unset.
    pub fn new() -> Self {
        Self {
            process_groups: None,
            update_state: None,
            notification_email: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClusterUpdatePreferences {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.update_state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
