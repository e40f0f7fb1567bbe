#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewableAccessProfile {
    /// The id of the Access Profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Access Profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the Access Profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Indicates if the entitlement is a privileged entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// True if the entitlement is cloud governed
    #[serde(rename = "cloudGoverned", default, skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// The date at which a user's access expires
    #[serde(
        rename = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub end_date: Option<Option<crate::primitives::DateTime>>,
    /// Owner of the Access Profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// A list of entitlements associated with this Access Profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Option<crate::ReviewableEntitlement>>>,
    /// Date the Access Profile was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Date the Access Profile was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableAccessProfile {
    /// Builds a `ReviewableAccessProfile` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ReviewableAccessProfile {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
