#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormElementDynamicDataSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::FormElementDynamicDataSourceConfig>,
    /// DataSourceType is a FormElementDataSourceType value
    /// STATIC FormElementDataSourceTypeStatic
    /// INTERNAL FormElementDataSourceTypeInternal
    /// SEARCH FormElementDataSourceTypeSearch
    /// FORM_INPUT FormElementDataSourceTypeFormInput
    #[serde(rename = "dataSourceType", default, skip_serializing_if = "Option::is_none")]
    pub data_source_type: Option<crate::FormElementDynamicDataSourceDataSourceType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormElementDynamicDataSource {
    /// Builds a `FormElementDynamicDataSource` with every field unset.
    pub fn new() -> Self {
        Self {
            config: None,
            data_source_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormElementDynamicDataSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.data_source_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
