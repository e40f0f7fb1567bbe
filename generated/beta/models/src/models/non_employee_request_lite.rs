#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeRequestLite {
    /// Non-Employee request id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    pub requester: Option<crate::IdentityReferenceWithId>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeRequestLite {
    /// Builds a `NonEmployeeRequestLite` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeRequestLite {
    id: optional::<String>(id),
    requester: optional::<crate::IdentityReferenceWithId>(requester),
});
crate::serde_helpers::serde_struct!(NonEmployeeRequestLite {
    id: optional("id"),
    requester: optional("requester"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRequestLite {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
