#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleDocumentDimensionsItem {
    /// Unique ID of the dimension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the dimension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the dimension.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Entitlements included with the role.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub entitlements: Option<
        Option<Vec<crate::RoleDocumentDimensionsItemEntitlementsItem>>,
    >,
    /// Access profiles included in the dimension.
    #[serde(
        rename = "accessProfiles",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub access_profiles: Option<Option<Vec<crate::BaseAccessProfile>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleDocumentDimensionsItem {
    /// Builds a `RoleDocumentDimensionsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            description: None,
            entitlements: None,
            access_profiles: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for RoleDocumentDimensionsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
