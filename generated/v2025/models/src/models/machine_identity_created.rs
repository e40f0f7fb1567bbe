#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityCreated {
    /// Type of the event.
    #[serde(rename = "eventType")]
    pub event_type: crate::MachineIdentityCreatedEventType,
    /// Details of the created machine identity.
    #[serde(rename = "machineIdentity")]
    pub machine_identity: crate::MachineIdentityCreatedMachineIdentity,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityCreated {
    /// Builds a `MachineIdentityCreated` from its required fields; the others are unset.
    pub fn new(
        event_type: crate::MachineIdentityCreatedEventType,
        machine_identity: crate::MachineIdentityCreatedMachineIdentity,
    ) -> Self {
        Self {
            event_type,
            machine_identity,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityCreatedMachineIdentity {
    /// Unique identifier for the machine identity.
    pub id: String,
    /// Name of the machine identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Creation timestamp.
    pub created: crate::primitives::DateTime,
    /// Last modified timestamp.
    pub modified: crate::primitives::DateTime,
    /// Associated business application.
    #[serde(
        rename = "businessApplication",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub business_application: Option<String>,
    /// Description of the machine identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The attributes assigned to the identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    /// Subtype of the machine identity.
    pub subtype: crate::MachineIdentityCreatedMachineIdentitySubtype,
    /// List of owners.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<crate::MachineIdentityOwnerReference>>,
    /// Source identifier.
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// UUID of the machine identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Native identity value.
    #[serde(rename = "nativeIdentity", default, skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Indicates if manually edited.
    #[serde(rename = "manuallyEdited")]
    pub manually_edited: bool,
    /// Indicates if manually created.
    #[serde(
        rename = "manuallyCreated",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub manually_created: Option<bool>,
    /// Dataset identifier.
    #[serde(rename = "datasetId", default, skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::MachineIdentitySourceReference>,
    /// List of user entitlements.
    #[serde(
        rename = "userEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub user_entitlements: Option<Vec<crate::MachineIdentityUserEntitlements>>,
    /// Existence status on source.
    #[serde(rename = "existsOnSource", default, skip_serializing_if = "Option::is_none")]
    pub exists_on_source: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityCreatedMachineIdentity {
    /// Builds a `MachineIdentityCreatedMachineIdentity` from its required fields; the others are unset.
    pub fn new(
        id: String,
        created: crate::primitives::DateTime,
        modified: crate::primitives::DateTime,
        subtype: crate::MachineIdentityCreatedMachineIdentitySubtype,
        manually_edited: bool,
    ) -> Self {
        Self {
            id,
            name: None,
            created,
            modified,
            business_application: None,
            description: None,
            attributes: None,
            subtype,
            owners: None,
            source_id: None,
            uuid: None,
            native_identity: None,
            manually_edited,
            manually_created: None,
            dataset_id: None,
            source: None,
            user_entitlements: None,
            exists_on_source: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
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
