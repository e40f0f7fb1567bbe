/// ConnectorRuleCreateRequest
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorRuleCreateRequest {
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
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorRuleCreateRequest {
    /// Builds a `ConnectorRuleCreateRequest` from its required fields; the others are unset.
    pub fn new(
        name: String,
        r#type: crate::ConnectorRuleCreateRequestType,
        source_code: crate::SourceCode,
    ) -> Self {
        Self {
            name,
            description: None,
            r#type,
            signature: None,
            source_code,
            attributes: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConnectorRuleCreateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.signature, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source_code, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
