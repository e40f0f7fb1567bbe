/// Form Item Details
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormItem {
    /// Name of the FormItem
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormItem {
    /// Builds a `FormItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormItem {
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FormItem {
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
