/// Source configuration information that is used by correlation process.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CorrelationConfig {
    /// The ID of the correlation configuration.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// The name of the correlation configuration.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// The list of attribute assignments of the correlation configuration.
    #[serde(
        rename = "attributeAssignments",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attribute_assignments: Option<
        Option<Vec<crate::CorrelationConfigAttributeAssignmentsItem>>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CorrelationConfig {
    /// Builds a `CorrelationConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            attribute_assignments: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CorrelationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_assignments, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The attribute assignment of the correlation configuration.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CorrelationConfigAttributeAssignmentsItem {
    /// The property of the attribute assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property: Option<String>,
    /// The value of the attribute assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The operation of the attribute assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<crate::CorrelationConfigAttributeAssignmentsItemOperation>,
    /// Whether or not the it's a complex attribute assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complex: Option<bool>,
    /// Whether or not the attribute assignment should ignore case.
    #[serde(rename = "ignoreCase", default, skip_serializing_if = "Option::is_none")]
    pub ignore_case: Option<bool>,
    /// The match mode of the attribute assignment.
    #[serde(rename = "matchMode", default, skip_serializing_if = "Option::is_none")]
    pub match_mode: Option<crate::CorrelationConfigAttributeAssignmentsItemMatchMode>,
    /// The filter string of the attribute assignment.
    #[serde(rename = "filterString", default, skip_serializing_if = "Option::is_none")]
    pub filter_string: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CorrelationConfigAttributeAssignmentsItem {
    /// Builds a `CorrelationConfigAttributeAssignmentsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            property: None,
            value: None,
            operation: None,
            complex: None,
            ignore_case: None,
            match_mode: None,
            filter_string: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CorrelationConfigAttributeAssignmentsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.match_mode, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The match mode of the attribute assignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CorrelationConfigAttributeAssignmentsItemMatchMode {
    /// `ANYWHERE`
    Anywhere,
    /// `START`
    Start,
    /// `END`
    End,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CorrelationConfigAttributeAssignmentsItemMatchMode {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Anywhere => "ANYWHERE",
            Self::Start => "START",
            Self::End => "END",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CorrelationConfigAttributeAssignmentsItemMatchMode {
    fn from(value: &str) -> Self {
        match value {
            "ANYWHERE" => Self::Anywhere,
            "START" => Self::Start,
            "END" => Self::End,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CorrelationConfigAttributeAssignmentsItemMatchMode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CorrelationConfigAttributeAssignmentsItemMatchMode {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CorrelationConfigAttributeAssignmentsItemMatchMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CorrelationConfigAttributeAssignmentsItemMatchMode {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for CorrelationConfigAttributeAssignmentsItemMatchMode {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit
for CorrelationConfigAttributeAssignmentsItemMatchMode {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
/// The operation of the attribute assignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CorrelationConfigAttributeAssignmentsItemOperation {
    /// `EQ`
    Eq,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CorrelationConfigAttributeAssignmentsItemOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "EQ",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CorrelationConfigAttributeAssignmentsItemOperation {
    fn from(value: &str) -> Self {
        match value {
            "EQ" => Self::Eq,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CorrelationConfigAttributeAssignmentsItemOperation {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CorrelationConfigAttributeAssignmentsItemOperation {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CorrelationConfigAttributeAssignmentsItemOperation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CorrelationConfigAttributeAssignmentsItemOperation {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for CorrelationConfigAttributeAssignmentsItemOperation {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit
for CorrelationConfigAttributeAssignmentsItemOperation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
