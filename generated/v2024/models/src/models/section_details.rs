/// Includes the fields of [`FormItemDetails`](crate::FormItemDetails).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SectionDetails {
    /// Name of the FormItem
    pub name: Option<Option<String>>,
    /// Label of the section
    pub label: Option<Option<String>>,
    /// List of FormItems. FormItems can be SectionDetails and/or FieldDetails
    pub form_items: Option<Vec<::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SectionDetails {
    /// Builds a `SectionDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SectionDetails {
    name: nullable::<String>(name, name_null),
    label: nullable::<String>(label, label_null),
    form_items: optional::<Vec<::serde_json::Value>>(form_items),
});
crate::serde_helpers::serde_struct!(SectionDetails {
    name: nullable("name"),
    label: nullable("label"),
    form_items: optional("formItems"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SectionDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.form_items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
