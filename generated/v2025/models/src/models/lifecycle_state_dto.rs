#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleStateDto {
    /// The name of the lifecycle state
    pub state_name: String,
    /// Whether the lifecycle state has been manually or automatically set
    pub manually_updated: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LifecycleStateDto {
    /// Builds a `LifecycleStateDto` from its required fields; the others are unset.
    pub fn new(
        state_name: impl Into<String>,
        manually_updated: impl Into<bool>,
    ) -> Self {
        Self {
            state_name: state_name.into(),
            manually_updated: manually_updated.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(LifecycleStateDto {
    state_name: required("stateName"),
    manually_updated: required("manuallyUpdated"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LifecycleStateDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
