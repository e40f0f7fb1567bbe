/// Details about a public identity
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PublicIdentity {
    /// Identity id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Alternate unique identifier for the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Email address of identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub email: Option<Option<String>>,
    /// The lifecycle status for the identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub status: Option<Option<String>>,
    /// The current state of the identity, which determines how Identity Security Cloud interacts with the identity.
    /// An identity that is Active will be included identity picklists in Request Center, identity processing, and more.
    /// Identities that are Inactive will be excluded from these features.
    #[serde(
        rename = "identityState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub identity_state: Option<Option<crate::PublicIdentityIdentityState>>,
    /// An identity reference to the manager of this identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub manager: Option<Option<crate::IdentityReference>>,
    /// The public identity attributes of the identity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<crate::PublicIdentityAttributesItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PublicIdentity {
    /// Builds a `PublicIdentity` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            alias: None,
            email: None,
            status: None,
            identity_state: None,
            manager: None,
            attributes: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for PublicIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manager, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
