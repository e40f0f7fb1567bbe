/// Includes the fields of [`ServiceDeskSource`](crate::ServiceDeskSource).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProvisioningConfigManagedResourceRefsItem {
    /// The type of object being referenced
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ProvisioningConfigManagedResourceRefsItemType>,
    /// ID of the source
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<::serde_json::Value>,
    /// Human-readable display name of the source
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ProvisioningConfigManagedResourceRefsItem {
    /// Builds a `ProvisioningConfigManagedResourceRefsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            id: None,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ProvisioningConfigManagedResourceRefsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.id, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.name, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
