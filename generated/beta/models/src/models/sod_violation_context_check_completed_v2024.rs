/// An object referencing a completed SOD violation check
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationContextCheckCompletedV2024 {
    /// The status of SOD violation check
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub state: Option<Option<crate::SodViolationContextCheckCompletedV2024State>>,
    /// The id of the Violation check event
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub uuid: Option<Option<String>>,
    #[serde(
        rename = "violationCheckResult",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub violation_check_result: Option<crate::SodViolationCheckResultV2024>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationContextCheckCompletedV2024 {
    /// Builds a `SodViolationContextCheckCompletedV2024` with every field unset.
    pub fn new() -> Self {
        Self {
            state: None,
            uuid: None,
            violation_check_result: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SodViolationContextCheckCompletedV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_check_result, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodViolationContextCheckCompletedV2024State {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodViolationContextCheckCompletedV2024State {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for SodViolationContextCheckCompletedV2024State {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for SodViolationContextCheckCompletedV2024State {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for SodViolationContextCheckCompletedV2024State {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for SodViolationContextCheckCompletedV2024State {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SodViolationContextCheckCompletedV2024State {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SodViolationContextCheckCompletedV2024State {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for SodViolationContextCheckCompletedV2024State {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
