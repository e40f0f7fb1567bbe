#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityDto {
    /// System-generated unique ID of the identity
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The identity's name is equivalent to its Display Name attribute.
    pub name: String,
    /// Creation date of the identity
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the identity
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// The identity's alternate unique identifier is equivalent to its Account Name on the authoritative source account schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// The email address of the identity
    #[serde(
        rename = "emailAddress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub email_address: Option<Option<String>>,
    /// The processing state of the identity
    #[serde(
        rename = "processingState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub processing_state: Option<Option<crate::IdentityDtoProcessingState>>,
    /// The identity's status in the system
    #[serde(rename = "identityStatus", default, skip_serializing_if = "Option::is_none")]
    pub identity_status: Option<crate::IdentityDtoIdentityStatus>,
    /// Identity's manager
    #[serde(
        rename = "managerRef",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub manager_ref: Option<Option<crate::IdentityDtoManagerRef>>,
    /// Whether this identity is a manager of another identity
    #[serde(rename = "isManager", default, skip_serializing_if = "Option::is_none")]
    pub is_manager: Option<bool>,
    /// The last time the identity was refreshed by the system
    #[serde(rename = "lastRefresh", default, skip_serializing_if = "Option::is_none")]
    pub last_refresh: Option<crate::primitives::DateTime>,
    /// A map with the identity attributes for the identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    #[serde(
        rename = "lifecycleState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub lifecycle_state: Option<Option<crate::LifecycleStateDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityDto {
    /// Builds a `IdentityDto` from its required fields; the others are unset.
    pub fn new(name: String) -> Self {
        Self {
            id: None,
            name,
            created: None,
            modified: None,
            alias: None,
            email_address: None,
            processing_state: None,
            identity_status: None,
            manager_ref: None,
            is_manager: None,
            last_refresh: None,
            attributes: None,
            lifecycle_state: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.processing_state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manager_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.lifecycle_state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
