/// Includes the fields of [`MachineIdentity`](crate::MachineIdentity), [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityResponse {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// The business application that the identity represents
    pub business_application: String,
    /// Description of machine identity
    pub description: Option<String>,
    /// A map of custom machine identity attributes
    pub attributes: Option<::serde_json::Value>,
    /// The subtype value associated to the machine identity
    pub subtype: String,
    /// The owner configuration associated to the machine identity
    pub owners: Option<crate::MachineIdentityOwners>,
    /// The source id associated to the machine identity
    pub source_id: Option<String>,
    /// The UUID associated to the machine identity directly aggregated from a source
    pub uuid: Option<String>,
    /// The native identity associated to the machine identity directly aggregated from a source
    pub native_identity: Option<String>,
    /// Indicates if the machine identity has been manually edited
    pub manually_edited: Option<bool>,
    /// Indicates if the machine identity has been manually created
    pub manually_created: Option<bool>,
    /// The source of the machine identity
    pub source: Option<crate::BaseReferenceDto>,
    /// The dataset id associated to the source in which the identity was retrieved from
    pub dataset_id: Option<String>,
    /// The user entitlements associated to the machine identity
    pub user_entitlements: Option<
        Vec<crate::MachineIdentityResponseUserEntitlementsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityResponse {
    /// Builds a `MachineIdentityResponse` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<Option<String>>,
        business_application: impl Into<String>,
        subtype: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            business_application: business_application.into(),
            description: None,
            attributes: None,
            subtype: subtype.into(),
            owners: None,
            source_id: None,
            uuid: None,
            native_identity: None,
            manually_edited: None,
            manually_created: None,
            source: None,
            dataset_id: None,
            user_entitlements: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `owners`.
    pub fn owners(mut self, value: impl Into<crate::MachineIdentityOwners>) -> Self {
        self.owners = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Sets `native_identity`.
    pub fn native_identity(mut self, value: impl Into<String>) -> Self {
        self.native_identity = Some(value.into());
        self
    }
    /// Sets `manually_edited`.
    pub fn manually_edited(mut self, value: impl Into<bool>) -> Self {
        self.manually_edited = Some(value.into());
        self
    }
    /// Sets `manually_created`.
    pub fn manually_created(mut self, value: impl Into<bool>) -> Self {
        self.manually_created = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `dataset_id`.
    pub fn dataset_id(mut self, value: impl Into<String>) -> Self {
        self.dataset_id = Some(value.into());
        self
    }
    /// Sets `user_entitlements`.
    pub fn user_entitlements(
        mut self,
        value: impl Into<Vec<crate::MachineIdentityResponseUserEntitlementsItem>>,
    ) -> Self {
        self.user_entitlements = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(MachineIdentityResponse {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    business_application: required("businessApplication"),
    description: optional("description"),
    attributes: nullable("attributes"),
    subtype: required("subtype"),
    owners: optional("owners"),
    source_id: optional("sourceId"),
    uuid: optional("uuid"),
    native_identity: optional("nativeIdentity"),
    manually_edited: optional("manuallyEdited"),
    manually_created: optional("manuallyCreated"),
    source: optional("source"),
    dataset_id: optional("datasetId"),
    user_entitlements: optional("userEntitlements"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.user_entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineIdentityResponseUserEntitlementsItem {
    /// The source ID of the entitlement
    pub source_id: Option<String>,
    /// The ID of the entitlement
    pub entitlement_id: Option<String>,
    /// The display name of the entitlement
    pub display_name: Option<String>,
    /// The source of the entitlement
    pub source: Option<crate::BaseReferenceDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityResponseUserEntitlementsItem {
    /// Builds a `MachineIdentityResponseUserEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `entitlement_id`.
    pub fn entitlement_id(mut self, value: impl Into<String>) -> Self {
        self.entitlement_id = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.source = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(MachineIdentityResponseUserEntitlementsItem {
    source_id: optional("sourceId"),
    entitlement_id: optional("entitlementId"),
    display_name: optional("displayName"),
    source: optional("source"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityResponseUserEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
