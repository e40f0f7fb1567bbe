#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessProfileUsage {
    /// ID of the Access Profile that is in use
    #[serde(
        rename = "accessProfileId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profile_id: Option<String>,
    /// List of references to objects which are using the indicated Access Profile
    #[serde(rename = "usedBy", default, skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<crate::AccessProfileUsageUsedByItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileUsage {
    /// Builds a `AccessProfileUsage` with every field unset.
    pub fn new() -> Self {
        Self {
            access_profile_id: None,
            used_by: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileUsage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.used_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
