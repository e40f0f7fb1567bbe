/// Attributes related to an IdentityNow ETS event
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventTriggerAttributes {
    /// The unique ID of the trigger
    pub id: Option<String>,
    /// JSON path expression that will limit which events the trigger will fire on
    pub filter: Option<Option<String>>,
    /// Description of the event trigger
    pub description: Option<Option<String>>,
    /// The attribute to filter on
    pub attribute_to_filter: Option<Option<String>>,
    /// Form definition's unique identifier.
    pub form_definition_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EventTriggerAttributes {
    /// Builds a `EventTriggerAttributes` from its required fields; the others are unset.
    pub fn new(id: impl Into<Option<String>>) -> Self {
        Self {
            id: id.into(),
            filter: None,
            description: None,
            attribute_to_filter: None,
            form_definition_id: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(EventTriggerAttributes {
    filter: nullable::<String>(filter, filter_null),
    description: nullable::<String>(description, description_null),
    attribute_to_filter: nullable::<String>(attribute_to_filter, attribute_to_filter_null),
    form_definition_id: nullable::<String>(form_definition_id, form_definition_id_null),
});
crate::serde_helpers::serde_struct!(EventTriggerAttributes {
    id: required("id"),
    filter: nullable("filter.$"),
    description: nullable("description"),
    attribute_to_filter: nullable("attributeToFilter"),
    form_definition_id: nullable("formDefinitionId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EventTriggerAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
