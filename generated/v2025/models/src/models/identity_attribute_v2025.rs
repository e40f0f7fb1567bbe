#[derive(Debug, Clone, PartialEq)]
pub struct IdentityAttributeV2025 {
    /// Identity attribute's technical name.
    pub name: String,
    /// Identity attribute's business-friendly name.
    pub display_name: Option<String>,
    /// Indicates whether the attribute is 'standard' or 'default'.
    pub standard: Option<bool>,
    /// Identity attribute's type.
    pub r#type: Option<Option<String>>,
    /// Indicates whether the identity attribute is multi-valued.
    pub multi: Option<bool>,
    /// Indicates whether the identity attribute is searchable.
    pub searchable: Option<bool>,
    /// Indicates whether the identity attribute is 'system', meaning that it doesn't have a source and isn't configurable.
    pub system: Option<bool>,
    /// Identity attribute's list of sources - this specifies how the rule's value is derived.
    pub sources: Option<Vec<crate::SourceV2025>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributeV2025 {
    /// Builds a `IdentityAttributeV2025` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            display_name: None,
            standard: None,
            r#type: None,
            multi: None,
            searchable: None,
            system: None,
            sources: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(IdentityAttributeV2025 {
    display_name: optional::<String>(display_name),
    standard: optional::<bool>(standard),
    r#type: nullable::<String>(r#type, type_null),
    multi: optional::<bool>(multi),
    searchable: optional::<bool>(searchable),
    system: optional::<bool>(system),
    sources: optional::<Vec<crate::SourceV2025>>(sources),
});
crate::serde_helpers::serde_struct!(IdentityAttributeV2025 {
    name: required("name"),
    display_name: optional("displayName"),
    standard: optional("standard"),
    r#type: nullable("type"),
    multi: optional("multi"),
    searchable: optional("searchable"),
    system: optional("system"),
    sources: optional("sources"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributeV2025 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.sources, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
