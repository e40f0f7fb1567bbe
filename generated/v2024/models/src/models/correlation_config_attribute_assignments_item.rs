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
