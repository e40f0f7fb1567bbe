#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeDto {
    /// Technical name of the Attribute. This is unique and cannot be changed after creation.
    pub key: Option<String>,
    /// The display name of the key.
    pub name: Option<String>,
    /// Indicates whether the attribute can have multiple values.
    pub multiselect: Option<bool>,
    /// Indicates whether this Attribute supports ad-hoc (dynamically created) values, in addition to pre-defined static values. Ad-hoc values are created dynamically through an internal service-to-service flow rather than through the public create-value API. This field can be set when creating an Attribute; if omitted, it defaults to *false*.
    pub is_adhoc: Option<Option<bool>>,
    /// The status of the Attribute.
    pub status: Option<String>,
    /// The type of the Attribute. This can be either "custom" or "governance".
    pub r#type: Option<String>,
    /// An array of object types this attributes values can be applied to. Possible values are "all" or "entitlement". Value "all" means this attribute can be used with all object types that are supported.
    pub object_types: Option<Option<Vec<String>>>,
    /// The description of the Attribute.
    pub description: Option<String>,
    pub values: Option<Option<Vec<crate::AttributeValueDto>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeDto {
    /// Builds a `AttributeDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeDto {
    key: optional::<String>(key),
    name: optional::<String>(name),
    multiselect: optional::<bool>(multiselect),
    is_adhoc: nullable::<bool>(is_adhoc, is_adhoc_null),
    status: optional::<String>(status),
    r#type: optional::<String>(r#type),
    object_types: nullable::<Vec<String>>(object_types, object_types_null),
    description: optional::<String>(description),
    values: nullable::<Vec<crate::AttributeValueDto>>(values, values_null),
});
crate::serde_helpers::serde_struct!(AttributeDto {
    key: optional("key"),
    name: optional("name"),
    multiselect: optional("multiselect"),
    is_adhoc: nullable("isAdhoc"),
    status: optional("status"),
    r#type: optional("type"),
    object_types: nullable("objectTypes"),
    description: optional("description"),
    values: nullable("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
