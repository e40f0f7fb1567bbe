#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Trigger {
    /// Unique identifier of the trigger.
    pub id: String,
    /// Trigger Name.
    pub name: String,
    pub r#type: crate::TriggerType,
    /// Trigger Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema of the payload that will be sent by the trigger to the subscribed service.
    #[serde(rename = "inputSchema")]
    pub input_schema: String,
    /// An example of the JSON payload that will be sent by the trigger to the subscribed service.
    #[serde(rename = "exampleInput")]
    pub example_input: crate::TriggerExampleInput,
    /// The JSON schema of the response that will be sent by the subscribed service to the trigger in response to an event.  This only applies to a trigger type of `REQUEST_RESPONSE`.
    #[serde(
        rename = "outputSchema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub output_schema: Option<Option<String>>,
    /// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
    #[serde(
        rename = "exampleOutput",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub example_output: Option<crate::TriggerExampleOutput>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Trigger {
    /// Builds a `Trigger` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        r#type: crate::TriggerType,
        input_schema: String,
        example_input: crate::TriggerExampleInput,
    ) -> Self {
        Self {
            id,
            name,
            r#type,
            description: None,
            input_schema,
            example_input,
            output_schema: None,
            example_output: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for Trigger {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.example_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.example_output, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
