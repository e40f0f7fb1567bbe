#[derive(Debug, Clone, PartialEq, Default)]
pub struct Int64StringKeyValuePair {
    /// The key for the tag or pair.
    pub key: Option<i64>,
    /// The value for the tag or pair.
    pub value: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Int64StringKeyValuePair {
    /// Builds a `Int64StringKeyValuePair` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Int64StringKeyValuePair {
    key: optional::<i64>(key),
    value: nullable::<String>(value, value_null),
});
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
