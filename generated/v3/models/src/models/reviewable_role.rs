#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewableRole {
    /// The id for the Role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the Role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the Role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Indicates if the entitlement is a privileged entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// Indicates whether the Role can be revoked or requested
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocable: Option<bool>,
    /// The date when a user's access expires.
    #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<crate::primitives::DateTime>,
    /// The list of Access Profiles associated with this Role
    #[serde(rename = "accessProfiles", default, skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<crate::ReviewableAccessProfile>>,
    /// The list of entitlements associated with this Role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Option<crate::ReviewableEntitlement>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableRole {
    /// Builds a `ReviewableRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ReviewableRole {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
