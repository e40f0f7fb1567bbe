#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormElementDynamicDataSource {
    pub config: Option<crate::FormElementDynamicDataSourceConfig>,
    /// DataSourceType is a FormElementDataSourceType value
    /// STATIC FormElementDataSourceTypeStatic
    /// INTERNAL FormElementDataSourceTypeInternal
    /// SEARCH FormElementDataSourceTypeSearch
    /// FORM_INPUT FormElementDataSourceTypeFormInput
    pub data_source_type: Option<crate::FormElementDynamicDataSourceDataSourceType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormElementDynamicDataSource {
    /// Builds a `FormElementDynamicDataSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormElementDynamicDataSource {
    config: optional::<crate::FormElementDynamicDataSourceConfig>(config),
    data_source_type: optional::<crate::FormElementDynamicDataSourceDataSourceType>(data_source_type),
});
crate::serde_helpers::serde_struct!(FormElementDynamicDataSource {
    config: optional("config"),
    data_source_type: optional("dataSourceType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormElementDynamicDataSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.data_source_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DataSourceType is a FormElementDataSourceType value
/// STATIC FormElementDataSourceTypeStatic
/// INTERNAL FormElementDataSourceTypeInternal
/// SEARCH FormElementDataSourceTypeSearch
/// FORM_INPUT FormElementDataSourceTypeFormInput
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormElementDynamicDataSourceDataSourceType {
    /// `STATIC`
    Static,
    /// `INTERNAL`
    Internal,
    /// `SEARCH`
    Search,
    /// `FORM_INPUT`
    FormInput,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormElementDynamicDataSourceDataSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Static => "STATIC",
            Self::Internal => "INTERNAL",
            Self::Search => "SEARCH",
            Self::FormInput => "FORM_INPUT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormElementDynamicDataSourceDataSourceType {
    fn from(value: &str) -> Self {
        match value {
            "STATIC" => Self::Static,
            "INTERNAL" => Self::Internal,
            "SEARCH" => Self::Search,
            "FORM_INPUT" => Self::FormInput,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormElementDynamicDataSourceDataSourceType);
