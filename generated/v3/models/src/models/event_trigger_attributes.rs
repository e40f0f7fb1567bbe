/// Attributes related to an IdentityNow ETS event
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventTriggerAttributes {
    /// The unique ID of the trigger
    pub id: Option<String>,
    /// JSON path expression that will limit which events the trigger will fire on
    #[serde(
        rename = "filter.$",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub filter: Option<Option<String>>,
    /// Description of the event trigger
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The attribute to filter on
    #[serde(
        rename = "attributeToFilter",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attribute_to_filter: Option<Option<String>>,
    /// Form definition's unique identifier.
    #[serde(
        rename = "formDefinitionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub form_definition_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EventTriggerAttributes {
    /// Builds a `EventTriggerAttributes` from its required fields; the others are unset.
    pub fn new(id: Option<String>) -> Self {
        Self {
            id,
            filter: None,
            description: None,
            attribute_to_filter: None,
            form_definition_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for EventTriggerAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
