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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MatchTerm {
    /// Builds a `MatchTerm` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `op`.
    pub fn op(mut self, value: impl Into<String>) -> Self {
        self.op = Some(value.into());
        self
    }
    /// Sets `container`.
    pub fn container(mut self, value: impl Into<bool>) -> Self {
        self.container = Some(value.into());
        self
    }
    /// Sets `and`.
    pub fn and(mut self, value: impl Into<bool>) -> Self {
        self.and = Some(value.into());
        self
    }
    /// Sets `children`.
    pub fn children(mut self, value: impl Into<Vec<::serde_json::Value>>) -> Self {
        self.children = Some(Some(value.into()));
        self
    }
    /// Sets `children` to an explicit `null`.
    pub fn children_null(mut self) -> Self {
        self.children = Some(None);
        self
    }
}
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
