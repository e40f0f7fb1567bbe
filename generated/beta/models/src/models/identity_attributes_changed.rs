#[derive(Debug, Clone, PartialEq)]
pub struct IdentityAttributesChanged {
    /// Identity whose attributes changed.
    pub identity: crate::IdentityAttributesChangedIdentity,
    /// List of identity's attributes that changed.
    pub changes: Vec<crate::IdentityAttributesChangedChangesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributesChanged {
    /// Builds a `IdentityAttributesChanged` from its required fields; the others are unset.
    pub fn new(
        identity: impl Into<crate::IdentityAttributesChangedIdentity>,
        changes: impl Into<Vec<crate::IdentityAttributesChangedChangesItem>>,
    ) -> Self {
        Self {
            identity: identity.into(),
            changes: changes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityAttributesChanged {
    identity: required("identity"),
    changes: required("changes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributesChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.changes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityAttributesChangedChangesItem {
    /// Identity attribute's name.
    pub attribute: String,
    /// Identity attribute's previous value before the change.
    pub old_value: Option<crate::IdentityAttributesChangedChangesItemOldValue>,
    /// Identity attribute's new value after the change.
    pub new_value: Option<crate::IdentityAttributesChangedChangesItemNewValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributesChangedChangesItem {
    /// Builds a `IdentityAttributesChangedChangesItem` from its required fields; the others are unset.
    pub fn new(attribute: impl Into<String>) -> Self {
        Self {
            attribute: attribute.into(),
            old_value: None,
            new_value: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(IdentityAttributesChangedChangesItem {
    old_value: optional::<crate::IdentityAttributesChangedChangesItemOldValue>(old_value),
    new_value: optional::<crate::IdentityAttributesChangedChangesItemNewValue>(new_value),
});
crate::serde_helpers::serde_struct!(IdentityAttributesChangedChangesItem {
    attribute: required("attribute"),
    old_value: nullable("oldValue"),
    new_value: nullable("newValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedChangesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.old_value, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.new_value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity attribute's new value after the change.
#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAttributesChangedChangesItemNewValue {
    String(String),
    Bool(bool),
    StringList(Vec<String>),
    IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(
        Option<
            ::indexmap::IndexMap<
                String,
                crate::IdentityAttributesChangedChangesItemNewValueVariant4Value,
            >,
        >,
    ),
}
impl ::serde::Serialize for IdentityAttributesChangedChangesItemNewValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for IdentityAttributesChangedChangesItemNewValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<
            Option<
                ::indexmap::IndexMap<
                    String,
                    crate::IdentityAttributesChangedChangesItemNewValueVariant4Value,
                >,
            >,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(
                            value,
                        ),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(
                        value,
                    ),
                );
            }
            Err(error) => {
                errors
                    .push((
                        "IdentityAttributesChangedChangesItemNewValueVariant4ValueMap",
                        error,
                    ))
            }
        }
        match crate::serde_helpers::try_variant::<Vec<String>>(&json) {
            Ok(value) => return Ok(Self::StringList(value)),
            Err(error) => errors.push(("StringList", error)),
        }
        match crate::serde_helpers::try_variant::<bool>(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Option<
                    ::indexmap::IndexMap<
                        String,
                        crate::IdentityAttributesChangedChangesItemNewValueVariant4Value,
                    >,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(
                        Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap,
                    )
            }
            1usize => {
                <Vec<String> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::StringList)
            }
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
                "IdentityAttributesChangedChangesItemNewValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedChangesItemNewValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::Bool(_) => {}
            Self::StringList(_) => {}
            Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAttributesChangedChangesItemNewValueVariant4Value {
    String(String),
    F64(f64),
    I64(i64),
    Bool(bool),
}
impl ::serde::Serialize for IdentityAttributesChangedChangesItemNewValueVariant4Value {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for IdentityAttributesChangedChangesItemNewValueVariant4Value {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<i64>(&json) {
            Ok(value) => return Ok(Self::I64(value)),
            Err(error) => errors.push(("I64", error)),
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
            0usize => <i64 as ::serde::Deserialize>::deserialize(json).map(Self::I64),
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
                "IdentityAttributesChangedChangesItemNewValueVariant4Value",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for IdentityAttributesChangedChangesItemNewValueVariant4Value {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
/// Identity attribute's previous value before the change.
#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAttributesChangedChangesItemOldValue {
    String(String),
    Bool(bool),
    StringList(Vec<String>),
    IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(
        Option<
            ::indexmap::IndexMap<
                String,
                crate::IdentityAttributesChangedChangesItemOldValueVariant4Value,
            >,
        >,
    ),
}
impl ::serde::Serialize for IdentityAttributesChangedChangesItemOldValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for IdentityAttributesChangedChangesItemOldValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<
            Option<
                ::indexmap::IndexMap<
                    String,
                    crate::IdentityAttributesChangedChangesItemOldValueVariant4Value,
                >,
            >,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(
                            value,
                        ),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(
                        value,
                    ),
                );
            }
            Err(error) => {
                errors
                    .push((
                        "IdentityAttributesChangedChangesItemOldValueVariant4ValueMap",
                        error,
                    ))
            }
        }
        match crate::serde_helpers::try_variant::<Vec<String>>(&json) {
            Ok(value) => return Ok(Self::StringList(value)),
            Err(error) => errors.push(("StringList", error)),
        }
        match crate::serde_helpers::try_variant::<bool>(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Option<
                    ::indexmap::IndexMap<
                        String,
                        crate::IdentityAttributesChangedChangesItemOldValueVariant4Value,
                    >,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(
                        Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap,
                    )
            }
            1usize => {
                <Vec<String> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::StringList)
            }
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
                "IdentityAttributesChangedChangesItemOldValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedChangesItemOldValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::Bool(_) => {}
            Self::StringList(_) => {}
            Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAttributesChangedChangesItemOldValueVariant4Value {
    String(String),
    F64(f64),
    I64(i64),
    Bool(bool),
}
impl ::serde::Serialize for IdentityAttributesChangedChangesItemOldValueVariant4Value {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for IdentityAttributesChangedChangesItemOldValueVariant4Value {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<i64>(&json) {
            Ok(value) => return Ok(Self::I64(value)),
            Err(error) => errors.push(("I64", error)),
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
            0usize => <i64 as ::serde::Deserialize>::deserialize(json).map(Self::I64),
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
                "IdentityAttributesChangedChangesItemOldValueVariant4Value",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for IdentityAttributesChangedChangesItemOldValueVariant4Value {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
/// Identity whose attributes changed.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityAttributesChangedIdentity {
    /// DTO type of identity whose attributes changed.
    pub r#type: crate::IdentityAttributesChangedIdentityType,
    /// ID of identity whose attributes changed.
    pub id: String,
    /// Name of identity whose attributes changed.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributesChangedIdentity {
    /// Builds a `IdentityAttributesChangedIdentity` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::IdentityAttributesChangedIdentityType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityAttributesChangedIdentity {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of identity whose attributes changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityAttributesChangedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityAttributesChangedIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityAttributesChangedIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityAttributesChangedIdentityType);
