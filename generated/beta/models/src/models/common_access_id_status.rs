#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonAccessIdStatus {
    /// List of confirmed common access ids.
    pub confirmed_ids: Option<Vec<String>>,
    /// List of denied common access ids.
    pub denied_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CommonAccessIdStatus {
    /// Builds a `CommonAccessIdStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CommonAccessIdStatus {
    confirmed_ids: optional::<Vec<String>>(confirmed_ids),
    denied_ids: optional::<Vec<String>>(denied_ids),
});
crate::serde_helpers::serde_struct!(CommonAccessIdStatus {
    confirmed_ids: optional("confirmedIds"),
    denied_ids: optional("deniedIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CommonAccessIdStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
