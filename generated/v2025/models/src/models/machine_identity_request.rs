/// Includes the fields of [`MachineIdentity`](crate::MachineIdentity), [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityRequest {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// The business application that the identity represents
    #[serde(rename = "businessApplication")]
    pub business_application: String,
    /// Description of machine identity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A map of custom machine identity attributes
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    /// The subtype value associated to the machine identity
    pub subtype: String,
    /// The owner configuration associated to the machine identity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<crate::MachineIdentityOwners>,
    /// The source id associated to the machine identity
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The UUID associated to the machine identity directly aggregated from a source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The native identity associated to the machine identity directly aggregated from a source
    #[serde(rename = "nativeIdentity", default, skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// The user entitlements associated to the machine identity
    #[serde(
        rename = "userEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub user_entitlements: Option<
        Vec<crate::MachineIdentityRequestUserEntitlementsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityRequest {
    /// Builds a `MachineIdentityRequest` from its required fields; the others are unset.
    pub fn new(
        name: Option<String>,
        business_application: String,
        subtype: String,
    ) -> Self {
        Self {
            id: None,
            name,
            created: None,
            modified: None,
            business_application,
            description: None,
            attributes: None,
            subtype,
            owners: None,
            source_id: None,
            uuid: None,
            native_identity: None,
            user_entitlements: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.user_entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityRequestUserEntitlementsItem {
    /// The ID of the entitlement
    #[serde(rename = "entitlementId")]
    pub entitlement_id: String,
    /// The source ID of the entitlement
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityRequestUserEntitlementsItem {
    /// Builds a `MachineIdentityRequestUserEntitlementsItem` from its required fields; the others are unset.
    pub fn new(entitlement_id: String, source_id: String) -> Self {
        Self {
            entitlement_id,
            source_id,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityRequestUserEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
