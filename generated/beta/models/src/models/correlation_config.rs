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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CorrelationConfig {
    /// Builds a `CorrelationConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `attribute_assignments`.
    pub fn attribute_assignments(
        mut self,
        value: impl Into<Vec<crate::CorrelationConfigAttributeAssignmentsItem>>,
    ) -> Self {
        self.attribute_assignments = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CorrelationConfigAttributeAssignmentsItem {
    /// Builds a `CorrelationConfigAttributeAssignmentsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `sequence`.
    pub fn sequence(mut self, value: impl Into<i64>) -> Self {
        self.sequence = Some(value.into());
        self
    }
    /// Sets `property`.
    pub fn property(mut self, value: impl Into<String>) -> Self {
        self.property = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `operation`.
    pub fn operation(
        mut self,
        value: impl Into<crate::CorrelationConfigAttributeAssignmentsItemOperation>,
    ) -> Self {
        self.operation = Some(value.into());
        self
    }
    /// Sets `complex`.
    pub fn complex(mut self, value: impl Into<bool>) -> Self {
        self.complex = Some(value.into());
        self
    }
    /// Sets `ignore_case`.
    pub fn ignore_case(mut self, value: impl Into<bool>) -> Self {
        self.ignore_case = Some(value.into());
        self
    }
    /// Sets `match_mode`.
    pub fn match_mode(
        mut self,
        value: impl Into<crate::CorrelationConfigAttributeAssignmentsItemMatchMode>,
    ) -> Self {
        self.match_mode = Some(value.into());
        self
    }
    /// Sets `filter_string`.
    pub fn filter_string(mut self, value: impl Into<String>) -> Self {
        self.filter_string = Some(value.into());
        self
    }
}
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
