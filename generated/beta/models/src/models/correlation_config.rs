/// Source configuration information that is used by correlation process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CorrelationConfig {
    /// The ID of the correlation configuration.
    pub id: Option<String>,
    /// The name of the correlation configuration.
    pub name: Option<String>,
    /// The list of attribute assignments of the correlation configuration.
    pub attribute_assignments: Option<
        Vec<crate::CorrelationConfigAttributeAssignmentsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CorrelationConfig {
    /// Builds a `CorrelationConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CorrelationConfig {
    id: optional::<String>(id),
    name: optional::<String>(name),
    attribute_assignments: optional::<Vec<crate::CorrelationConfigAttributeAssignmentsItem>>(attribute_assignments),
});
crate::serde_helpers::serde_struct!(CorrelationConfig {
    id: optional("id"),
    name: optional("name"),
    attribute_assignments: optional("attributeAssignments"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CorrelationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_assignments, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The attribute assignment of the correlation configuration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CorrelationConfigAttributeAssignmentsItem {
    /// The sequence of the attribute assignment.
    pub sequence: Option<i64>,
    /// The property of the attribute assignment.
    pub property: Option<String>,
    /// The value of the attribute assignment.
    pub value: Option<String>,
    /// The operation of the attribute assignment.
    pub operation: Option<crate::CorrelationConfigAttributeAssignmentsItemOperation>,
    /// Whether or not the it's a complex attribute assignment.
    pub complex: Option<bool>,
    /// Whether or not the attribute assignment should ignore case.
    pub ignore_case: Option<bool>,
    /// The match mode of the attribute assignment.
    pub match_mode: Option<crate::CorrelationConfigAttributeAssignmentsItemMatchMode>,
    /// The filter string of the attribute assignment.
    pub filter_string: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CorrelationConfigAttributeAssignmentsItem {
    /// Builds a `CorrelationConfigAttributeAssignmentsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CorrelationConfigAttributeAssignmentsItem {
    sequence: optional::<i64>(sequence),
    property: optional::<String>(property),
    value: optional::<String>(value),
    operation: optional::<crate::CorrelationConfigAttributeAssignmentsItemOperation>(operation),
    complex: optional::<bool>(complex),
    ignore_case: optional::<bool>(ignore_case),
    match_mode: optional::<crate::CorrelationConfigAttributeAssignmentsItemMatchMode>(match_mode),
    filter_string: optional::<String>(filter_string),
});
crate::serde_helpers::serde_struct!(CorrelationConfigAttributeAssignmentsItem {
    sequence: optional("sequence"),
    property: optional("property"),
    value: optional("value"),
    operation: optional("operation"),
    complex: optional("complex"),
    ignore_case: optional("ignoreCase"),
    match_mode: optional("matchMode"),
    filter_string: optional("filterString"),
    ..additional_properties
});
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
