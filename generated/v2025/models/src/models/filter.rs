#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    pub r#type: Option<crate::FilterType>,
    pub range: Option<crate::Range>,
    /// The terms to be filtered.
    pub terms: Option<Vec<String>>,
    /// Indicates if the filter excludes results.
    pub exclude: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Filter {
    /// Builds a `Filter` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Filter {
    r#type: optional::<crate::FilterType>(r#type),
    range: optional::<crate::Range>(range),
    terms: optional::<Vec<String>>(terms),
    exclude: optional::<bool>(exclude),
});
crate::serde_helpers::serde_struct!(Filter {
    r#type: optional("type"),
    range: optional("range"),
    terms: optional("terms"),
    exclude: optional("exclude"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Filter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.range, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
