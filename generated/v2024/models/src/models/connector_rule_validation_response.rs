/// ConnectorRuleValidationResponse
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorRuleValidationResponse {
    pub state: crate::ConnectorRuleValidationResponseState,
    pub details: Vec<crate::ConnectorRuleValidationResponseDetailsItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorRuleValidationResponse {
    /// Builds a `ConnectorRuleValidationResponse` from its required fields; the others are unset.
    pub fn new(
        state: impl Into<crate::ConnectorRuleValidationResponseState>,
        details: impl Into<Vec<crate::ConnectorRuleValidationResponseDetailsItem>>,
    ) -> Self {
        Self {
            state: state.into(),
            details: details.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ConnectorRuleValidationResponse {
    state: required("state"),
    details: required("details"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorRuleValidationResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// CodeErrorDetail
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorRuleValidationResponseDetailsItem {
    /// The line number where the issue occurred
    pub line: i64,
    /// the column number where the issue occurred
    pub column: i64,
    /// a description of the issue in the code
    pub messsage: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorRuleValidationResponseDetailsItem {
    /// Builds a `ConnectorRuleValidationResponseDetailsItem` from its required fields; the others are unset.
    pub fn new(line: impl Into<i64>, column: impl Into<i64>) -> Self {
        Self {
            line: line.into(),
            column: column.into(),
            messsage: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ConnectorRuleValidationResponseDetailsItem {
    messsage: optional::<String>(messsage),
});
crate::serde_helpers::serde_struct!(ConnectorRuleValidationResponseDetailsItem {
    line: required("line"),
    column: required("column"),
    messsage: optional("messsage"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorRuleValidationResponseDetailsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConnectorRuleValidationResponseState {
    /// `OK`
    Ok,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConnectorRuleValidationResponseState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "OK",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConnectorRuleValidationResponseState {
    fn from(value: &str) -> Self {
        match value {
            "OK" => Self::Ok,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConnectorRuleValidationResponseState);
