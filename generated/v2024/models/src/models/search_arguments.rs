#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchArguments {
    /// The ID of the scheduled search that triggered the saved search execution.
    pub schedule_id: Option<String>,
    /// The owner of the scheduled search being tested.
    pub owner: Option<crate::TypedReference>,
    /// The email recipients of the scheduled search being tested.
    pub recipients: Option<Vec<crate::TypedReference>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchArguments {
    /// Builds a `SearchArguments` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchArguments {
    schedule_id: optional::<String>(schedule_id),
    owner: optional::<crate::TypedReference>(owner),
    recipients: optional::<Vec<crate::TypedReference>>(recipients),
});
crate::serde_helpers::serde_struct!(SearchArguments {
    schedule_id: optional("scheduleId"),
    owner: optional("owner"),
    recipients: optional("recipients"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchArguments {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipients, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
