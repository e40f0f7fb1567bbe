/// Field Details
///
/// Includes the fields of [`FormItem`](crate::FormItem).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Field {
    /// Name of the FormItem
    pub name: Option<String>,
    /// Display name of the field
    pub display_name: Option<String>,
    /// Type of the field to display
    pub display_type: Option<String>,
    /// True if the field is required
    pub required: Option<bool>,
    /// List of allowed values for the field
    pub allowed_values_list: Option<Vec<::serde_json::Value>>,
    /// Value of the field
    pub value: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Field {
    /// Builds a `Field` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Field {
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    display_type: optional::<String>(display_type),
    required: optional::<bool>(required),
    allowed_values_list: optional::<Vec<::serde_json::Value>>(allowed_values_list),
    value: optional::<::serde_json::Value>(value),
});
crate::serde_helpers::serde_struct!(Field {
    name: optional("name"),
    display_name: optional("displayName"),
    display_type: optional("displayType"),
    required: optional("required"),
    allowed_values_list: optional("allowedValuesList"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Field {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.allowed_values_list, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
