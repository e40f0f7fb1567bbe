/// TaskStatus Message
#[derive(Debug, Clone, PartialEq)]
pub struct TaskStatusMessage {
    /// Type of the message
    pub r#type: crate::TaskStatusMessageType,
    /// Localized form of the message
    pub localized_text: Option<crate::LocalizedMessage>,
    /// Key of the message
    pub key: String,
    /// Message parameters for internationalization
    pub parameters: Option<Vec<crate::TaskStatusMessageParametersItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskStatusMessage {
    /// Builds a `TaskStatusMessage` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::TaskStatusMessageType>,
        localized_text: impl Into<Option<crate::LocalizedMessage>>,
        key: impl Into<String>,
        parameters: impl Into<Option<Vec<crate::TaskStatusMessageParametersItem>>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            localized_text: localized_text.into(),
            key: key.into(),
            parameters: parameters.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(TaskStatusMessage {
    r#type: required("type"),
    localized_text: required("localizedText"),
    key: required("key"),
    parameters: required("parameters"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskStatusMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.localized_text, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.parameters, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum TaskStatusMessageParametersItem {
    Value(::serde_json::Value),
    String(String),
}
impl ::serde::Serialize for TaskStatusMessageParametersItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for TaskStatusMessageParametersItem {
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
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            1usize => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Value)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "TaskStatusMessageParametersItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for TaskStatusMessageParametersItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::String(_) => {}
        }
    }
}
/// Type of the message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskStatusMessageType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskStatusMessageType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskStatusMessageType {
    fn from(value: &str) -> Self {
        match value {
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskStatusMessageType);
