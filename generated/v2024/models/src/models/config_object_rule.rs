/// Format of Config Hub object rules.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigObjectRule {
    /// JSONPath expression denoting the path within the object where a value substitution should be applied.
    pub path: Option<String>,
    /// Value to be assigned at the jsonPath location within the object.
    pub value: Option<crate::ConfigObjectRuleValue>,
    /// Draft modes the rule will apply to.
    pub modes: Option<Vec<crate::ConfigObjectRuleModesItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigObjectRule {
    /// Builds a `ConfigObjectRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigObjectRule {
    path: optional::<String>(path),
    value: optional::<crate::ConfigObjectRuleValue>(value),
    modes: optional::<Vec<crate::ConfigObjectRuleModesItem>>(modes),
});
crate::serde_helpers::serde_struct!(ConfigObjectRule {
    path: optional("path"),
    value: nullable("value"),
    modes: optional("modes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigObjectRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.modes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConfigObjectRuleModesItem {
    /// `RESTORE`
    Restore,
    /// `PROMOTE`
    Promote,
    /// `UPLOAD`
    Upload,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConfigObjectRuleModesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Restore => "RESTORE",
            Self::Promote => "PROMOTE",
            Self::Upload => "UPLOAD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConfigObjectRuleModesItem {
    fn from(value: &str) -> Self {
        match value {
            "RESTORE" => Self::Restore,
            "PROMOTE" => Self::Promote,
            "UPLOAD" => Self::Upload,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConfigObjectRuleModesItem);
/// Value to be assigned at the jsonPath location within the object.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigObjectRuleValue {
    Value(::serde_json::Value),
    ValueList(Vec<::serde_json::Value>),
    String(String),
    F64(f64),
    Bool(bool),
}
impl ::serde::Serialize for ConfigObjectRuleValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
            Self::ValueList(value) => ::serde::Serialize::serialize(value, serializer),
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for ConfigObjectRuleValue {
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
        match crate::serde_helpers::try_variant::<Vec<::serde_json::Value>>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ValueList(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ValueList(value),
                );
            }
            Err(error) => errors.push(("ValueList", error)),
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
        match crate::serde_helpers::try_variant::<::serde_json::Value>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Value(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Value(value));
            }
            Err(error) => errors.push(("Value", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Vec<::serde_json::Value> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::ValueList)
            }
            1usize => <f64 as ::serde::Deserialize>::deserialize(json).map(Self::F64),
            2usize => <bool as ::serde::Deserialize>::deserialize(json).map(Self::Bool),
            3usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            4usize => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Value)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 5usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("ConfigObjectRuleValue", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for ConfigObjectRuleValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::ValueList(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
            Self::F64(_) => {}
            Self::Bool(_) => {}
        }
    }
}
