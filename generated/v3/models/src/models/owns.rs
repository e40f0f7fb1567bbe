#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Owns {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<crate::ReferenceV3>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<crate::ReferenceV3>>,
    #[serde(rename = "accessProfiles", default, skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<crate::ReferenceV3>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<crate::ReferenceV3>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apps: Option<Vec<crate::ReferenceV3>>,
    #[serde(
        rename = "governanceGroups",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub governance_groups: Option<Vec<crate::ReferenceV3>>,
    #[serde(
        rename = "fallbackApprover",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub fallback_approver: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Owns {
    /// Builds a `Owns` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for Owns {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.sources, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.roles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.apps, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.governance_groups, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
