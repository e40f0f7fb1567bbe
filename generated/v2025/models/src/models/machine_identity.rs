/// Includes the fields of [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentity {
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
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentity {
    /// Builds a `MachineIdentity` from its required fields; the others are unset.
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MachineIdentity {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: optional::<String>(description),
    attributes: optional::<::serde_json::Value>(attributes),
    owners: optional::<crate::MachineIdentityOwners>(owners),
    source_id: optional::<String>(source_id),
    uuid: optional::<String>(uuid),
    native_identity: optional::<String>(native_identity),
});
crate::serde_helpers::serde_struct!(MachineIdentity {
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
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owners, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
