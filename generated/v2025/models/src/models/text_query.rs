/// Query parameters used to construct an Elasticsearch text query object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextQuery {
    /// Words or characters that specify a particular thing to be searched for.
    pub terms: Vec<String>,
    /// The fields to be searched.
    pub fields: Vec<String>,
    /// Indicates that at least one of the terms must be found in the specified fields;  otherwise, all terms must be found.
    pub match_any: Option<bool>,
    /// Indicates that the terms can be located anywhere in the specified fields;  otherwise, the fields must begin with the terms.
    pub contains: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TextQuery {
    /// Builds a `TextQuery` from its required fields; the others are unset.
    pub fn new(terms: impl Into<Vec<String>>, fields: impl Into<Vec<String>>) -> Self {
        Self {
            terms: terms.into(),
            fields: fields.into(),
            match_any: None,
            contains: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(TextQuery {
    match_any: optional::<bool>(match_any),
    contains: optional::<bool>(contains),
});
crate::serde_helpers::serde_struct!(TextQuery {
    terms: required("terms"),
    fields: required("fields"),
    match_any: optional("matchAny"),
    contains: optional("contains"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TextQuery {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
