/// ConnectorRuleUpdateRequest
///
/// Includes the fields of [`ConnectorRuleCreateRequest`](crate::ConnectorRuleCreateRequest).
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorRuleUpdateRequest {
    /// the ID of the rule to update
    pub id: String,
    /// the name of the rule
    pub name: String,
    /// a description of the rule's purpose
    pub description: Option<Option<String>>,
    /// the type of rule
    pub r#type: crate::ConnectorRuleCreateRequestType,
    /// The rule's function signature. Describes the rule's input arguments and output (if any)
    pub signature: Option<crate::ConnectorRuleCreateRequestSignature>,
    pub source_code: crate::SourceCode,
    /// a map of string to objects
    pub attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorRuleUpdateRequest {
    /// Builds a `ConnectorRuleUpdateRequest` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::ConnectorRuleCreateRequestType>,
        source_code: impl Into<crate::SourceCode>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: r#type.into(),
            signature: None,
            source_code: source_code.into(),
            attributes: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ConnectorRuleUpdateRequest {
    description: nullable::<String>(description, description_null),
    signature: optional::<crate::ConnectorRuleCreateRequestSignature>(signature),
    attributes: nullable_json::<::serde_json::Value>(attributes, attributes_null),
});
crate::serde_helpers::serde_struct!(ConnectorRuleUpdateRequest {
    id: required("id"),
    name: required("name"),
    description: nullable("description"),
    r#type: required("type"),
    signature: optional("signature"),
    source_code: required("sourceCode"),
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorRuleUpdateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.signature, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source_code, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
