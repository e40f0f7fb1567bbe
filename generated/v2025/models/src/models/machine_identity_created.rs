#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityCreated {
    /// Type of the event.
    pub event_type: crate::MachineIdentityCreatedEventType,
    /// Details of the created machine identity.
    pub machine_identity: crate::MachineIdentityCreatedMachineIdentity,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `business_application`.
    pub fn business_application(mut self, value: impl Into<String>) -> Self {
        self.business_application = Some(value.into());
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
    pub fn owners(
        mut self,
        value: impl Into<Vec<crate::MachineIdentityOwnerReference>>,
    ) -> Self {
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
    /// Sets `manually_created`.
    pub fn manually_created(mut self, value: impl Into<bool>) -> Self {
        self.manually_created = Some(value.into());
        self
    }
    /// Sets `dataset_id`.
    pub fn dataset_id(mut self, value: impl Into<String>) -> Self {
        self.dataset_id = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(
        mut self,
        value: impl Into<crate::MachineIdentitySourceReference>,
    ) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `user_entitlements`.
    pub fn user_entitlements(
        mut self,
        value: impl Into<Vec<crate::MachineIdentityUserEntitlements>>,
    ) -> Self {
        self.user_entitlements = Some(value.into());
        self
    }
    /// Sets `exists_on_source`.
    pub fn exists_on_source(mut self, value: impl Into<String>) -> Self {
        self.exists_on_source = Some(value.into());
        self
    }
}
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
