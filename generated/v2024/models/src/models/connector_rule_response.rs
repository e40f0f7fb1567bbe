/// ConnectorRuleResponse
///
/// Includes the fields of [`ConnectorRuleCreateRequest`](crate::ConnectorRuleCreateRequest).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorRuleResponse {
    /// the name of the rule
    pub name: String,
    /// a description of the rule's purpose
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// the type of rule
    pub r#type: crate::ConnectorRuleCreateRequestType,
    /// The rule's function signature. Describes the rule's input arguments and output (if any)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<crate::ConnectorRuleCreateRequestSignature>,
    #[serde(rename = "sourceCode")]
    pub source_code: crate::SourceCode,
    /// a map of string to objects
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    /// the ID of the rule
    pub id: String,
    /// an ISO 8601 UTC timestamp when this rule was created
    pub created: String,
    /// an ISO 8601 UTC timestamp when this rule was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorRuleResponse {
    /// Builds a `ConnectorRuleResponse` from its required fields; the others are unset.
    pub fn new(
        name: String,
        r#type: crate::ConnectorRuleCreateRequestType,
        source_code: crate::SourceCode,
        id: String,
        created: String,
    ) -> Self {
        Self {
            name,
            description: None,
            r#type,
            signature: None,
            source_code,
            attributes: None,
            id,
            created,
            modified: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConnectorRuleResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.signature, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source_code, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
