#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityCreated {
    /// Type of the event.
    pub event_type: crate::MachineIdentityCreatedEventType,
    /// Details of the created machine identity.
    pub machine_identity: crate::MachineIdentityCreatedMachineIdentity,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityCreated {
    /// Builds a `MachineIdentityCreated` from its required fields; the others are unset.
    pub fn new(
        event_type: impl Into<crate::MachineIdentityCreatedEventType>,
        machine_identity: impl Into<crate::MachineIdentityCreatedMachineIdentity>,
    ) -> Self {
        Self {
            event_type: event_type.into(),
            machine_identity: machine_identity.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(MachineIdentityCreated {
    event_type: required("eventType"),
    machine_identity: required("machineIdentity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityCreated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.machine_identity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityCreatedEventType {
    /// `MACHINE_IDENTITY_CREATED`
    MachineIdentityCreated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineIdentityCreatedEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MachineIdentityCreated => "MACHINE_IDENTITY_CREATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MachineIdentityCreatedEventType {
    fn from(value: &str) -> Self {
        match value {
            "MACHINE_IDENTITY_CREATED" => Self::MachineIdentityCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MachineIdentityCreatedEventType);
/// Details of the created machine identity.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityCreatedMachineIdentity {
    /// Unique identifier for the machine identity.
    pub id: String,
    /// Name of the machine identity.
    pub name: Option<String>,
    /// Creation timestamp.
    pub created: crate::primitives::DateTime,
    /// Last modified timestamp.
    pub modified: crate::primitives::DateTime,
    /// Associated business application.
    pub business_application: Option<String>,
    /// Description of the machine identity.
    pub description: Option<String>,
    /// The attributes assigned to the identity.
    pub attributes: Option<::serde_json::Value>,
    /// Subtype of the machine identity.
    pub subtype: crate::MachineIdentityCreatedMachineIdentitySubtype,
    /// List of owners.
    pub owners: Option<Vec<crate::MachineIdentityOwnerReference>>,
    /// Source identifier.
    pub source_id: Option<String>,
    /// UUID of the machine identity.
    pub uuid: Option<String>,
    /// Native identity value.
    pub native_identity: Option<String>,
    /// Indicates if manually edited.
    pub manually_edited: bool,
    /// Indicates if manually created.
    pub manually_created: Option<bool>,
    /// Dataset identifier.
    pub dataset_id: Option<String>,
    pub source: Option<crate::MachineIdentitySourceReference>,
    /// List of user entitlements.
    pub user_entitlements: Option<Vec<crate::MachineIdentityUserEntitlements>>,
    /// Existence status on source.
    pub exists_on_source: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityCreatedMachineIdentity {
    /// Builds a `MachineIdentityCreatedMachineIdentity` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        modified: impl Into<crate::primitives::DateTime>,
        subtype: impl Into<crate::MachineIdentityCreatedMachineIdentitySubtype>,
        manually_edited: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            name: None,
            created: created.into(),
            modified: modified.into(),
            business_application: None,
            description: None,
            attributes: None,
            subtype: subtype.into(),
            owners: None,
            source_id: None,
            uuid: None,
            native_identity: None,
            manually_edited: manually_edited.into(),
            manually_created: None,
            dataset_id: None,
            source: None,
            user_entitlements: None,
            exists_on_source: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MachineIdentityCreatedMachineIdentity {
    name: optional::<String>(name),
    business_application: optional::<String>(business_application),
    description: optional::<String>(description),
    attributes: optional::<::serde_json::Value>(attributes),
    owners: optional::<Vec<crate::MachineIdentityOwnerReference>>(owners),
    source_id: optional::<String>(source_id),
    uuid: optional::<String>(uuid),
    native_identity: optional::<String>(native_identity),
    manually_created: optional::<bool>(manually_created),
    dataset_id: optional::<String>(dataset_id),
    source: optional::<crate::MachineIdentitySourceReference>(source),
    user_entitlements: optional::<Vec<crate::MachineIdentityUserEntitlements>>(user_entitlements),
    exists_on_source: optional::<String>(exists_on_source),
});
crate::serde_helpers::serde_struct!(MachineIdentityCreatedMachineIdentity {
    id: required("id"),
    name: optional("name"),
    created: required("created"),
    modified: required("modified"),
    business_application: optional("businessApplication"),
    description: optional("description"),
    attributes: nullable("attributes"),
    subtype: required("subtype"),
    owners: optional("owners"),
    source_id: optional("sourceId"),
    uuid: optional("uuid"),
    native_identity: optional("nativeIdentity"),
    manually_edited: required("manuallyEdited"),
    manually_created: optional("manuallyCreated"),
    dataset_id: optional("datasetId"),
    source: optional("source"),
    user_entitlements: optional("userEntitlements"),
    exists_on_source: optional("existsOnSource"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityCreatedMachineIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.subtype, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.user_entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Subtype of the machine identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityCreatedMachineIdentitySubtype {
    /// `AI Agent`
    AiAgent,
    /// `Application`
    Application,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineIdentityCreatedMachineIdentitySubtype {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAgent => "AI Agent",
            Self::Application => "Application",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MachineIdentityCreatedMachineIdentitySubtype {
    fn from(value: &str) -> Self {
        match value {
            "AI Agent" => Self::AiAgent,
            "Application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MachineIdentityCreatedMachineIdentitySubtype);
