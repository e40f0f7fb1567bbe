#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::FilterType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<crate::Range>,
    /// The terms to be filtered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<String>>,
    /// Indicates if the filter excludes results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Filter {
    /// Builds a `Filter` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::FilterType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `range`.
    pub fn range(mut self, value: impl Into<crate::Range>) -> Self {
        self.range = Some(value.into());
        self
    }
    /// Sets `terms`.
    pub fn terms(mut self, value: impl Into<Vec<String>>) -> Self {
        self.terms = Some(value.into());
        self
    }
    /// Sets `exclude`.
    pub fn exclude(mut self, value: impl Into<bool>) -> Self {
        self.exclude = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for Filter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.range, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
