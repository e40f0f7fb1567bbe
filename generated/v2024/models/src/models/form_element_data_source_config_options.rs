#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormElementDataSourceConfigOptions {
    /// Label is the main label to display to the user when selecting this option
    pub label: Option<String>,
    /// SubLabel is the sub label to display below the label in diminutive styling to help describe or identify this option
    pub sub_label: Option<String>,
    /// Value is the value to save as an entry when the user selects this option
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormElementDataSourceConfigOptions {
    /// Builds a `FormElementDataSourceConfigOptions` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormElementDataSourceConfigOptions {
    label: optional::<String>(label),
    sub_label: optional::<String>(sub_label),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(FormElementDataSourceConfigOptions {
    label: optional("label"),
    sub_label: optional("subLabel"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormElementDataSourceConfigOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
