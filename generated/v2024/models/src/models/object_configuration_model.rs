/// Response model for object configuration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectConfigurationModel {
    /// Object type the configuration is for.
    pub object_type: Option<String>,
    /// List of JSON paths within an exported object of this type, representing references that must be resolved.
    pub reference_extractors: Option<Option<Vec<String>>>,
    /// Indicates whether this type of object will be JWS signed and cannot be modified before import.
    pub signature_required: Option<bool>,
    /// Indicates whether this object type must be always be resolved by ID.
    pub always_resolve_by_id: Option<bool>,
    /// Indicates whether this is a legacy object.
    pub legacy_object: Option<bool>,
    /// Indicates whether there is only one object of this type.
    pub one_per_tenant: Option<bool>,
    /// Indicates whether the object can be exported or is just a reference object.
    pub exportable: Option<bool>,
    pub rules: Option<crate::ConfigObjectRules>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ObjectConfigurationModel {
    /// Builds a `ObjectConfigurationModel` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ObjectConfigurationModel {
    object_type: optional::<String>(object_type),
    reference_extractors: nullable::<Vec<String>>(reference_extractors, reference_extractors_null),
    signature_required: optional::<bool>(signature_required),
    always_resolve_by_id: optional::<bool>(always_resolve_by_id),
    legacy_object: optional::<bool>(legacy_object),
    one_per_tenant: optional::<bool>(one_per_tenant),
    exportable: optional::<bool>(exportable),
    rules: optional::<crate::ConfigObjectRules>(rules),
});
crate::serde_helpers::serde_struct!(ObjectConfigurationModel {
    object_type: optional("objectType"),
    reference_extractors: nullable("referenceExtractors"),
    signature_required: optional("signatureRequired"),
    always_resolve_by_id: optional("alwaysResolveById"),
    legacy_object: optional("legacyObject"),
    one_per_tenant: optional("onePerTenant"),
    exportable: optional("exportable"),
    rules: optional("rules"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ObjectConfigurationModel {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.rules, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
