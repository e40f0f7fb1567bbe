#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityUpdated {
    /// Type of the event.
    pub event_type: crate::MachineIdentityUpdatedEventType,
    /// Details of the updated machine identity.
    pub machine_identity: crate::MachineIdentityUpdatedMachineIdentity,
    /// Types of changes that occurred to the machine identity.
    pub machine_identity_change_types: Vec<
        crate::MachineIdentityUpdatedMachineIdentityChangeTypesItem,
    >,
    /// Changes to user entitlements.
    pub user_entitlement_changes: crate::MachineIdentityUpdatedUserEntitlementChanges,
    /// Changes to owners.
    pub owner_changes: crate::MachineIdentityUpdatedOwnerChanges,
    /// Details about the single-value attribute changes that occurred.
    pub single_value_attribute_changes: Option<
        Vec<crate::MachineIdentityUpdatedSingleValueAttributeChangesItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityUpdated {
    /// Builds a `MachineIdentityUpdated` from its required fields; the others are unset.
    pub fn new(
        event_type: impl Into<crate::MachineIdentityUpdatedEventType>,
        machine_identity: impl Into<crate::MachineIdentityUpdatedMachineIdentity>,
        machine_identity_change_types: impl Into<
            Vec<crate::MachineIdentityUpdatedMachineIdentityChangeTypesItem>,
        >,
        user_entitlement_changes: impl Into<
            crate::MachineIdentityUpdatedUserEntitlementChanges,
        >,
        owner_changes: impl Into<crate::MachineIdentityUpdatedOwnerChanges>,
        single_value_attribute_changes: impl Into<
            Option<Vec<crate::MachineIdentityUpdatedSingleValueAttributeChangesItem>>,
        >,
    ) -> Self {
        Self {
            event_type: event_type.into(),
            machine_identity: machine_identity.into(),
            machine_identity_change_types: machine_identity_change_types.into(),
            user_entitlement_changes: user_entitlement_changes.into(),
            owner_changes: owner_changes.into(),
            single_value_attribute_changes: single_value_attribute_changes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(MachineIdentityUpdated {
    event_type: required("eventType"),
    machine_identity: required("machineIdentity"),
    machine_identity_change_types: required("machineIdentityChangeTypes"),
    user_entitlement_changes: required("userEntitlementChanges"),
    owner_changes: required("ownerChanges"),
    single_value_attribute_changes: required("singleValueAttributeChanges"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityUpdated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.machine_identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.machine_identity_change_types,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.user_entitlement_changes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_changes, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.single_value_attribute_changes,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityUpdatedEventType {
    /// `MACHINE_IDENTITY_UPDATED`
    MachineIdentityUpdated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineIdentityUpdatedEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MachineIdentityUpdated => "MACHINE_IDENTITY_UPDATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MachineIdentityUpdatedEventType {
    fn from(value: &str) -> Self {
        match value {
            "MACHINE_IDENTITY_UPDATED" => Self::MachineIdentityUpdated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MachineIdentityUpdatedEventType);
/// Details of the updated machine identity.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityUpdatedMachineIdentity {
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
    pub subtype: crate::MachineIdentityUpdatedMachineIdentitySubtype,
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
impl MachineIdentityUpdatedMachineIdentity {
    /// Builds a `MachineIdentityUpdatedMachineIdentity` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        modified: impl Into<crate::primitives::DateTime>,
        subtype: impl Into<crate::MachineIdentityUpdatedMachineIdentitySubtype>,
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
crate::serde_helpers::setters!(MachineIdentityUpdatedMachineIdentity {
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
crate::serde_helpers::serde_struct!(MachineIdentityUpdatedMachineIdentity {
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
impl crate::serde_helpers::SchemaFit for MachineIdentityUpdatedMachineIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.subtype, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.user_entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    /// `ATTRIBUTES_CHANGED`
    AttributesChanged,
    /// `USER_ENTITLEMENTS_ADDED`
    UserEntitlementsAdded,
    /// `USER_ENTITLEMENTS_REMOVED`
    UserEntitlementsRemoved,
    /// `OWNERS_ADDED`
    OwnersAdded,
    /// `OWNERS_REMOVED`
    OwnersRemoved,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AttributesChanged => "ATTRIBUTES_CHANGED",
            Self::UserEntitlementsAdded => "USER_ENTITLEMENTS_ADDED",
            Self::UserEntitlementsRemoved => "USER_ENTITLEMENTS_REMOVED",
            Self::OwnersAdded => "OWNERS_ADDED",
            Self::OwnersRemoved => "OWNERS_REMOVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "ATTRIBUTES_CHANGED" => Self::AttributesChanged,
            "USER_ENTITLEMENTS_ADDED" => Self::UserEntitlementsAdded,
            "USER_ENTITLEMENTS_REMOVED" => Self::UserEntitlementsRemoved,
            "OWNERS_ADDED" => Self::OwnersAdded,
            "OWNERS_REMOVED" => Self::OwnersRemoved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MachineIdentityUpdatedMachineIdentityChangeTypesItem);
/// Subtype of the machine identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityUpdatedMachineIdentitySubtype {
    /// `AI Agent`
    AiAgent,
    /// `Application`
    Application,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineIdentityUpdatedMachineIdentitySubtype {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAgent => "AI Agent",
            Self::Application => "Application",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MachineIdentityUpdatedMachineIdentitySubtype {
    fn from(value: &str) -> Self {
        match value {
            "AI Agent" => Self::AiAgent,
            "Application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MachineIdentityUpdatedMachineIdentitySubtype);
/// Changes to owners.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineIdentityUpdatedOwnerChanges {
    /// Name of the attribute that changed.
    pub attribute_name: Option<String>,
    /// Owners that were added.
    pub added: Option<Vec<crate::MachineIdentityOwnerReference>>,
    /// Owners that were removed.
    pub removed: Option<Vec<crate::MachineIdentityOwnerReference>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityUpdatedOwnerChanges {
    /// Builds a `MachineIdentityUpdatedOwnerChanges` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MachineIdentityUpdatedOwnerChanges {
    attribute_name: optional::<String>(attribute_name),
    added: optional::<Vec<crate::MachineIdentityOwnerReference>>(added),
    removed: optional::<Vec<crate::MachineIdentityOwnerReference>>(removed),
});
crate::serde_helpers::serde_struct!(MachineIdentityUpdatedOwnerChanges {
    attribute_name: optional("attributeName"),
    added: optional("added"),
    removed: optional("removed"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityUpdatedOwnerChanges {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.added, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.removed, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityUpdatedSingleValueAttributeChangesItem {
    /// The name of the attribute that was changed.
    pub name: String,
    /// The old value of the attribute before the change.
    pub old_value: crate::MachineIdentityUpdatedSingleValueAttributeChangesItemOldValue,
    /// The new value of the attribute after the change.
    pub new_value: crate::MachineIdentityUpdatedSingleValueAttributeChangesItemNewValue,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityUpdatedSingleValueAttributeChangesItem {
    /// Builds a `MachineIdentityUpdatedSingleValueAttributeChangesItem` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        old_value: impl Into<
            crate::MachineIdentityUpdatedSingleValueAttributeChangesItemOldValue,
        >,
        new_value: impl Into<
            crate::MachineIdentityUpdatedSingleValueAttributeChangesItemNewValue,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            old_value: old_value.into(),
            new_value: new_value.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(MachineIdentityUpdatedSingleValueAttributeChangesItem {
    name: required("name"),
    old_value: required("oldValue"),
    new_value: required("newValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for MachineIdentityUpdatedSingleValueAttributeChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// The new value of the attribute after the change.
#[derive(Debug, Clone, PartialEq)]
pub enum MachineIdentityUpdatedSingleValueAttributeChangesItemNewValue {
    String(String),
    Bool(bool),
    F64(f64),
    StringList(Option<Vec<String>>),
}
impl ::serde::Serialize
for MachineIdentityUpdatedSingleValueAttributeChangesItemNewValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for MachineIdentityUpdatedSingleValueAttributeChangesItemNewValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<Option<Vec<String>>>(&json) {
            Ok(value) => return Ok(Self::StringList(value)),
            Err(error) => errors.push(("StringList", error)),
        }
        match crate::serde_helpers::try_variant::<f64>(&json) {
            Ok(value) => return Ok(Self::F64(value)),
            Err(error) => errors.push(("F64", error)),
        }
        match crate::serde_helpers::try_variant::<bool>(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Option<Vec<String>> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::StringList)
            }
            1usize => <f64 as ::serde::Deserialize>::deserialize(json).map(Self::F64),
            2usize => <bool as ::serde::Deserialize>::deserialize(json).map(Self::Bool),
            3usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 4usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "MachineIdentityUpdatedSingleValueAttributeChangesItemNewValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for MachineIdentityUpdatedSingleValueAttributeChangesItemNewValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
/// The old value of the attribute before the change.
#[derive(Debug, Clone, PartialEq)]
pub enum MachineIdentityUpdatedSingleValueAttributeChangesItemOldValue {
    String(String),
    Bool(bool),
    F64(f64),
    StringList(Option<Vec<String>>),
}
impl ::serde::Serialize
for MachineIdentityUpdatedSingleValueAttributeChangesItemOldValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for MachineIdentityUpdatedSingleValueAttributeChangesItemOldValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<Option<Vec<String>>>(&json) {
            Ok(value) => return Ok(Self::StringList(value)),
            Err(error) => errors.push(("StringList", error)),
        }
        match crate::serde_helpers::try_variant::<f64>(&json) {
            Ok(value) => return Ok(Self::F64(value)),
            Err(error) => errors.push(("F64", error)),
        }
        match crate::serde_helpers::try_variant::<bool>(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Option<Vec<String>> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::StringList)
            }
            1usize => <f64 as ::serde::Deserialize>::deserialize(json).map(Self::F64),
            2usize => <bool as ::serde::Deserialize>::deserialize(json).map(Self::Bool),
            3usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 4usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "MachineIdentityUpdatedSingleValueAttributeChangesItemOldValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for MachineIdentityUpdatedSingleValueAttributeChangesItemOldValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
/// Changes to user entitlements.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineIdentityUpdatedUserEntitlementChanges {
    /// Name of the attribute that changed.
    pub attribute_name: Option<String>,
    /// User entitlements that were added.
    pub added: Option<Vec<crate::MachineIdentityUserEntitlements>>,
    /// User entitlements that were removed.
    pub removed: Option<Vec<crate::MachineIdentityUserEntitlements>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityUpdatedUserEntitlementChanges {
    /// Builds a `MachineIdentityUpdatedUserEntitlementChanges` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MachineIdentityUpdatedUserEntitlementChanges {
    attribute_name: optional::<String>(attribute_name),
    added: optional::<Vec<crate::MachineIdentityUserEntitlements>>(added),
    removed: optional::<Vec<crate::MachineIdentityUserEntitlements>>(removed),
});
crate::serde_helpers::serde_struct!(MachineIdentityUpdatedUserEntitlementChanges {
    attribute_name: optional("attributeName"),
    added: optional("added"),
    removed: optional("removed"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityUpdatedUserEntitlementChanges {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.added, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.removed, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
