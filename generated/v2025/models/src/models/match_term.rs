#[derive(Debug, Clone, PartialEq, Default)]
pub struct MatchTerm {
    /// The attribute name
    pub name: Option<String>,
    /// The attribute value
    pub value: Option<String>,
    /// The operator between name and value
    pub op: Option<String>,
    /// If it is a container or a real match term
    pub container: Option<bool>,
    /// If it is AND logical operator for the children match terms
    pub and: Option<bool>,
    /// The children under this match term
    pub children: Option<Option<Vec<::serde_json::Value>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MatchTerm {
    /// Builds a `MatchTerm` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MatchTerm {
    name: optional::<String>(name),
    value: optional::<String>(value),
    op: optional::<String>(op),
    container: optional::<bool>(container),
    and: optional::<bool>(and),
    children: nullable::<Vec<::serde_json::Value>>(children, children_null),
});
crate::serde_helpers::serde_struct!(MatchTerm {
    name: optional("name"),
    value: optional("value"),
    op: optional("op"),
    container: optional("container"),
    and: optional("and"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MatchTerm {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
