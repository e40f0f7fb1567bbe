/// Section Details
///
/// Includes the fields of [`FormItem`](crate::FormItem).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    /// Name of the FormItem
    pub name: Option<String>,
    /// Label of the section
    pub label: Option<String>,
    /// List of FormItems. FormItems can be SectionDetails and/or FieldDetails
    pub form_items: Option<Vec<::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Section {
    /// Builds a `Section` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Section {
    name: optional::<String>(name),
    label: optional::<String>(label),
    form_items: optional::<Vec<::serde_json::Value>>(form_items),
});
crate::serde_helpers::serde_struct!(Section {
    name: optional("name"),
    label: optional("label"),
    form_items: optional("formItems"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Section {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.form_items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
