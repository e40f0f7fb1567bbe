/// Information about the machine account owner
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewableEntitlementAccountOwner {
    /// The id associated with the machine account owner
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// An enumeration of the types of Owner supported within the IdentityNow infrastructure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ReviewableEntitlementAccountOwnerType>,
    /// The machine account owner's display name
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub display_name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableEntitlementAccountOwner {
    /// Builds a `ReviewableEntitlementAccountOwner` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            display_name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ReviewableEntitlementAccountOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
