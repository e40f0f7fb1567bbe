/// An identity with a set of access to be added
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityWithNewAccess {
    /// Identity id to be checked.
    #[serde(rename = "identityId")]
    pub identity_id: String,
    /// The list of entitlements to consider for possible violations in a preventive check.
    #[serde(rename = "accessRefs")]
    pub access_refs: Vec<crate::IdentityWithNewAccessAccessRefsItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityWithNewAccess {
    /// Builds a `IdentityWithNewAccess` from its required fields; the others are unset.
    pub fn new(
        identity_id: String,
        access_refs: Vec<crate::IdentityWithNewAccessAccessRefsItem>,
    ) -> Self {
        Self {
            identity_id,
            access_refs,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityWithNewAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_refs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
