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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MachineIdentityResponse {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: optional::<String>(description),
    attributes: optional::<::serde_json::Value>(attributes),
    owners: optional::<crate::MachineIdentityOwners>(owners),
    source_id: optional::<String>(source_id),
    uuid: optional::<String>(uuid),
    native_identity: optional::<String>(native_identity),
    manually_edited: optional::<bool>(manually_edited),
    manually_created: optional::<bool>(manually_created),
    source: optional::<crate::BaseReferenceDto>(source),
    dataset_id: optional::<String>(dataset_id),
    user_entitlements: optional::<Vec<crate::MachineIdentityResponseUserEntitlementsItem>>(user_entitlements),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityResponseUserEntitlementsItem {
    /// Builds a `MachineIdentityResponseUserEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MachineIdentityResponseUserEntitlementsItem {
    source_id: optional::<String>(source_id),
    entitlement_id: optional::<String>(entitlement_id),
    display_name: optional::<String>(display_name),
    source: optional::<crate::BaseReferenceDto>(source),
});
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
