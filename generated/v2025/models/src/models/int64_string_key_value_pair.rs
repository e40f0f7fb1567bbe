#[derive(Debug, Clone, PartialEq, Default)]
pub struct Int64StringKeyValuePair {
    /// The key for the tag or pair.
    pub key: Option<i64>,
    /// The value for the tag or pair.
    pub value: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Int64StringKeyValuePair {
    /// Builds a `Int64StringKeyValuePair` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<i64>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(Some(value.into()));
        self
    }
    /// Sets `value` to an explicit `null`.
    pub fn value_null(mut self) -> Self {
        self.value = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(Int64StringKeyValuePair {
    key: optional("key"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Int64StringKeyValuePair {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
