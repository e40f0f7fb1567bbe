#[derive(Debug, Clone, PartialEq)]
pub struct AccountUpdated {
    /// Details about the event.
    pub event: crate::AccountUpdatedEvent,
    pub source: crate::AccountSourceReference,
    pub account: crate::AccountV2,
    pub identity: crate::IdentityReferenceV2025,
    /// The types of changes that occurred to the account.
    pub account_change_types: Vec<crate::AccountUpdatedAccountChangeTypesItem>,
    /// Details about the single-value attribute changes that occurred to the account.
    pub single_value_attribute_changes: Option<
        Vec<crate::AccountUpdatedSingleValueAttributeChangesItem>,
    >,
    /// Details about the multi-value attribute changes that occurred to the account.
    pub multi_value_attribute_changes: Option<
        Vec<crate::AccountUpdatedMultiValueAttributeChangesItem>,
    >,
    /// Details about the entitlement changes that occurred to the account.
    pub entitlement_changes: Option<Vec<crate::AccountUpdatedEntitlementChangesItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdated {
    /// Builds a `AccountUpdated` from its required fields; the others are unset.
    pub fn new(
        event: impl Into<crate::AccountUpdatedEvent>,
        source: impl Into<crate::AccountSourceReference>,
        account: impl Into<crate::AccountV2>,
        identity: impl Into<crate::IdentityReferenceV2025>,
        account_change_types: impl Into<
            Vec<crate::AccountUpdatedAccountChangeTypesItem>,
        >,
        single_value_attribute_changes: impl Into<
            Option<Vec<crate::AccountUpdatedSingleValueAttributeChangesItem>>,
        >,
        multi_value_attribute_changes: impl Into<
            Option<Vec<crate::AccountUpdatedMultiValueAttributeChangesItem>>,
        >,
        entitlement_changes: impl Into<
            Option<Vec<crate::AccountUpdatedEntitlementChangesItem>>,
        >,
    ) -> Self {
        Self {
            event: event.into(),
            source: source.into(),
            account: account.into(),
            identity: identity.into(),
            account_change_types: account_change_types.into(),
            single_value_attribute_changes: single_value_attribute_changes.into(),
            multi_value_attribute_changes: multi_value_attribute_changes.into(),
            entitlement_changes: entitlement_changes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountUpdated {
    event: required("event"),
    source: required("source"),
    account: required("account"),
    identity: required("identity"),
    account_change_types: required("accountChangeTypes"),
    single_value_attribute_changes: required("singleValueAttributeChanges"),
    multi_value_attribute_changes: required("multiValueAttributeChanges"),
    entitlement_changes: required("entitlementChanges"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUpdated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_change_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.single_value_attribute_changes,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.multi_value_attribute_changes,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement_changes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountUpdatedAccountChangeTypesItem {
    /// `ATTRIBUTES_CHANGED`
    AttributesChanged,
    /// `ENTITLEMENTS_ADDED`
    EntitlementsAdded,
    /// `ENTITLEMENTS_REMOVED`
    EntitlementsRemoved,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountUpdatedAccountChangeTypesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AttributesChanged => "ATTRIBUTES_CHANGED",
            Self::EntitlementsAdded => "ENTITLEMENTS_ADDED",
            Self::EntitlementsRemoved => "ENTITLEMENTS_REMOVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountUpdatedAccountChangeTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "ATTRIBUTES_CHANGED" => Self::AttributesChanged,
            "ENTITLEMENTS_ADDED" => Self::EntitlementsAdded,
            "ENTITLEMENTS_REMOVED" => Self::EntitlementsRemoved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountUpdatedAccountChangeTypesItem);
#[derive(Debug, Clone, PartialEq)]
pub struct AccountUpdatedEntitlementChangesItem {
    /// The name of the entitlement attribute that was changed.
    pub attribute_name: String,
    /// The entitlements that were added.
    pub added: Option<Vec<crate::AccountUpdatedEntitlementChangesItemAddedItem>>,
    /// The entitlements that were removed.
    pub removed: Option<Vec<crate::AccountUpdatedEntitlementChangesItemRemovedItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedEntitlementChangesItem {
    /// Builds a `AccountUpdatedEntitlementChangesItem` from its required fields; the others are unset.
    pub fn new(
        attribute_name: impl Into<String>,
        added: impl Into<
            Option<Vec<crate::AccountUpdatedEntitlementChangesItemAddedItem>>,
        >,
        removed: impl Into<
            Option<Vec<crate::AccountUpdatedEntitlementChangesItemRemovedItem>>,
        >,
    ) -> Self {
        Self {
            attribute_name: attribute_name.into(),
            added: added.into(),
            removed: removed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountUpdatedEntitlementChangesItem {
    attribute_name: required("attributeName"),
    added: required("added"),
    removed: required("removed"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUpdatedEntitlementChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.added, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.removed, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUpdatedEntitlementChangesItemAddedItem {
    /// The unique identifier of the entitlement.
    pub id: Option<Option<String>>,
    /// The name of the entitlement.
    pub name: Option<Option<String>>,
    /// The type of the entitlement.
    pub owner: Option<crate::AccountUpdatedEntitlementChangesItemAddedItemOwner>,
    /// The value of the entitlement.
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedEntitlementChangesItemAddedItem {
    /// Builds a `AccountUpdatedEntitlementChangesItemAddedItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountUpdatedEntitlementChangesItemAddedItem {
    id: nullable::<String>(id, id_null),
    name: nullable::<String>(name, name_null),
    owner: optional::<crate::AccountUpdatedEntitlementChangesItemAddedItemOwner>(owner),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(AccountUpdatedEntitlementChangesItemAddedItem {
    id: nullable("id"),
    name: nullable("name"),
    owner: optional("owner"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUpdatedEntitlementChangesItemAddedItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the entitlement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUpdatedEntitlementChangesItemAddedItemOwner {
    /// The unique identifier of the owner.
    pub id: Option<String>,
    /// The name of the owner.
    pub name: Option<Option<String>>,
    /// The type of the owner.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedEntitlementChangesItemAddedItemOwner {
    /// Builds a `AccountUpdatedEntitlementChangesItemAddedItemOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountUpdatedEntitlementChangesItemAddedItemOwner {
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(AccountUpdatedEntitlementChangesItemAddedItemOwner {
    id: optional("id"),
    name: nullable("name"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for AccountUpdatedEntitlementChangesItemAddedItemOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUpdatedEntitlementChangesItemRemovedItem {
    /// The unique identifier of the entitlement.
    pub id: Option<Option<String>>,
    /// The name of the entitlement.
    pub name: Option<Option<String>>,
    /// The type of the entitlement.
    pub owner: Option<crate::AccountUpdatedEntitlementChangesItemRemovedItemOwner>,
    /// The value of the entitlement.
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedEntitlementChangesItemRemovedItem {
    /// Builds a `AccountUpdatedEntitlementChangesItemRemovedItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountUpdatedEntitlementChangesItemRemovedItem {
    id: nullable::<String>(id, id_null),
    name: nullable::<String>(name, name_null),
    owner: optional::<crate::AccountUpdatedEntitlementChangesItemRemovedItemOwner>(owner),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(AccountUpdatedEntitlementChangesItemRemovedItem {
    id: nullable("id"),
    name: nullable("name"),
    owner: optional("owner"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for AccountUpdatedEntitlementChangesItemRemovedItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the entitlement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUpdatedEntitlementChangesItemRemovedItemOwner {
    /// The unique identifier of the owner.
    pub id: Option<String>,
    /// The name of the owner.
    pub name: Option<Option<String>>,
    /// The type of the owner.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedEntitlementChangesItemRemovedItemOwner {
    /// Builds a `AccountUpdatedEntitlementChangesItemRemovedItemOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountUpdatedEntitlementChangesItemRemovedItemOwner {
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(AccountUpdatedEntitlementChangesItemRemovedItemOwner {
    id: optional("id"),
    name: nullable("name"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for AccountUpdatedEntitlementChangesItemRemovedItemOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the event.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountUpdatedEvent {
    /// The type of event.
    pub r#type: crate::AccountUpdatedEventType,
    /// The cause of the event.
    pub cause: crate::AccountUpdatedEventCause,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedEvent {
    /// Builds a `AccountUpdatedEvent` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::AccountUpdatedEventType>,
        cause: impl Into<crate::AccountUpdatedEventCause>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            cause: cause.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountUpdatedEvent {
    r#type: required("type"),
    cause: required("cause"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUpdatedEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cause, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The cause of the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountUpdatedEventCause {
    /// `AGGREGATION`
    Aggregation,
    /// `PROVISIONING`
    Provisioning,
    /// `PASSWORD_CHANGE`
    PasswordChange,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountUpdatedEventCause {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aggregation => "AGGREGATION",
            Self::Provisioning => "PROVISIONING",
            Self::PasswordChange => "PASSWORD_CHANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountUpdatedEventCause {
    fn from(value: &str) -> Self {
        match value {
            "AGGREGATION" => Self::Aggregation,
            "PROVISIONING" => Self::Provisioning,
            "PASSWORD_CHANGE" => Self::PasswordChange,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountUpdatedEventCause);
/// The type of event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountUpdatedEventType {
    /// `ACCOUNT_UPDATED_V2`
    AccountUpdatedV2,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountUpdatedEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountUpdatedV2 => "ACCOUNT_UPDATED_V2",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountUpdatedEventType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_UPDATED_V2" => Self::AccountUpdatedV2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountUpdatedEventType);
#[derive(Debug, Clone, PartialEq)]
pub struct AccountUpdatedMultiValueAttributeChangesItem {
    /// The name of the attribute that was changed.
    pub name: String,
    /// The values that were added to the attribute.
    pub added_values: Vec<
        crate::AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem,
    >,
    /// The values that were removed from the attribute.
    pub removed_values: Vec<
        crate::AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedMultiValueAttributeChangesItem {
    /// Builds a `AccountUpdatedMultiValueAttributeChangesItem` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        added_values: impl Into<
            Vec<crate::AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem>,
        >,
        removed_values: impl Into<
            Vec<crate::AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem>,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            added_values: added_values.into(),
            removed_values: removed_values.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountUpdatedMultiValueAttributeChangesItem {
    name: required("name"),
    added_values: required("addedValues"),
    removed_values: required("removedValues"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUpdatedMultiValueAttributeChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem {
    String(String),
    Bool(bool),
    F64(f64),
    StringList(Option<Vec<String>>),
}
impl ::serde::Serialize for AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem {
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
for AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem {
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
                "AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for AccountUpdatedMultiValueAttributeChangesItemAddedValuesItem {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
#[derive(Debug, Clone, PartialEq)]
pub enum AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem {
    String(String),
    Bool(bool),
    F64(f64),
    StringList(Option<Vec<String>>),
}
impl ::serde::Serialize
for AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem {
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
for AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem {
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
                "AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for AccountUpdatedMultiValueAttributeChangesItemRemovedValuesItem {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
#[derive(Debug, Clone, PartialEq)]
pub struct AccountUpdatedSingleValueAttributeChangesItem {
    /// The name of the attribute that was changed.
    pub name: String,
    /// The old value of the attribute before the change.
    pub old_value: crate::AccountUpdatedSingleValueAttributeChangesItemOldValue,
    /// The new value of the attribute after the change.
    pub new_value: crate::AccountUpdatedSingleValueAttributeChangesItemNewValue,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUpdatedSingleValueAttributeChangesItem {
    /// Builds a `AccountUpdatedSingleValueAttributeChangesItem` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        old_value: impl Into<
            crate::AccountUpdatedSingleValueAttributeChangesItemOldValue,
        >,
        new_value: impl Into<
            crate::AccountUpdatedSingleValueAttributeChangesItemNewValue,
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
crate::serde_helpers::serde_struct!(AccountUpdatedSingleValueAttributeChangesItem {
    name: required("name"),
    old_value: required("oldValue"),
    new_value: required("newValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUpdatedSingleValueAttributeChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// The new value of the attribute after the change.
#[derive(Debug, Clone, PartialEq)]
pub enum AccountUpdatedSingleValueAttributeChangesItemNewValue {
    String(String),
    Bool(bool),
    F64(f64),
    StringList(Option<Vec<String>>),
}
impl ::serde::Serialize for AccountUpdatedSingleValueAttributeChangesItemNewValue {
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
for AccountUpdatedSingleValueAttributeChangesItemNewValue {
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
                "AccountUpdatedSingleValueAttributeChangesItemNewValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for AccountUpdatedSingleValueAttributeChangesItemNewValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
/// The old value of the attribute before the change.
#[derive(Debug, Clone, PartialEq)]
pub enum AccountUpdatedSingleValueAttributeChangesItemOldValue {
    String(String),
    Bool(bool),
    F64(f64),
    StringList(Option<Vec<String>>),
}
impl ::serde::Serialize for AccountUpdatedSingleValueAttributeChangesItemOldValue {
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
for AccountUpdatedSingleValueAttributeChangesItemOldValue {
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
                "AccountUpdatedSingleValueAttributeChangesItemOldValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for AccountUpdatedSingleValueAttributeChangesItemOldValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
