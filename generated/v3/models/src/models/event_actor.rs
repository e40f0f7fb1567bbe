#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventActor {
    /// Name of the actor that generated the event.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EventActor {
    /// Builds a `EventActor` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EventActor {
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(EventActor {
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EventActor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
