/// Source configuration information that is used by correlation process.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CorrelationConfig {
    /// The ID of the correlation configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the correlation configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list of attribute assignments of the correlation configuration.
    #[serde(
        rename = "attributeAssignments",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub attribute_assignments: Option<
        Vec<crate::CorrelationConfigAttributeAssignmentsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CorrelationConfig {
    /// Builds a `CorrelationConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
    /// The sequence of the attribute assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<i64>,
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
        Self::default()
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
crate::serde_helpers::string_enum!(CorrelationConfigAttributeAssignmentsItemMatchMode);
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
}
impl From<&str> for CorrelationConfigAttributeAssignmentsItemOperation {
    fn from(value: &str) -> Self {
        match value {
            "EQ" => Self::Eq,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CorrelationConfigAttributeAssignmentsItemOperation);
