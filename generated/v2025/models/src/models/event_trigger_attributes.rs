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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `filter`.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(Some(value.into()));
        self
    }
    /// Sets `filter` to an explicit `null`.
    pub fn filter_null(mut self) -> Self {
        self.filter = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `attribute_to_filter`.
    pub fn attribute_to_filter(mut self, value: impl Into<String>) -> Self {
        self.attribute_to_filter = Some(Some(value.into()));
        self
    }
    /// Sets `attribute_to_filter` to an explicit `null`.
    pub fn attribute_to_filter_null(mut self) -> Self {
        self.attribute_to_filter = Some(None);
        self
    }
    /// Sets `form_definition_id`.
    pub fn form_definition_id(mut self, value: impl Into<String>) -> Self {
        self.form_definition_id = Some(Some(value.into()));
        self
    }
    /// Sets `form_definition_id` to an explicit `null`.
    pub fn form_definition_id_null(mut self) -> Self {
        self.form_definition_id = Some(None);
        self
    }
}
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
