#[derive(Debug, Clone, PartialEq, Default)]
pub struct Children {
    pub operator: Option<String>,
    pub attribute: Option<String>,
    pub value: Option<Option<crate::ValueModel>>,
    pub children: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Children {
    /// Builds a `Children` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<crate::ValueModel>) -> Self {
        self.value = Some(Some(value.into()));
        self
    }
    /// Sets `value` to an explicit `null`.
    pub fn value_null(mut self) -> Self {
        self.value = Some(None);
        self
    }
    /// Sets `children`.
    pub fn children(mut self, value: impl Into<String>) -> Self {
        self.children = Some(Some(value.into()));
        self
    }
    /// Sets `children` to an explicit `null`.
    pub fn children_null(mut self) -> Self {
        self.children = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(Children {
    operator: optional("operator"),
    attribute: optional("attribute"),
    value: nullable("value"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Children {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
