/// CodeErrorDetail
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorRuleValidationResponseDetailsItem {
    /// The line number where the issue occurred
    pub line: i64,
    /// the column number where the issue occurred
    pub column: i64,
    /// a description of the issue in the code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messsage: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorRuleValidationResponseDetailsItem {
    /// Builds a `ConnectorRuleValidationResponseDetailsItem` from its required fields; the others are unset.
    pub fn new(line: i64, column: i64) -> Self {
        Self {
            line,
            column,
            messsage: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConnectorRuleValidationResponseDetailsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
