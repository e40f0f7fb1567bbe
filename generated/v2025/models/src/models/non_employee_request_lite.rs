#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeRequestLite {
    /// Non-Employee request id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    pub requester: Option<crate::NonEmployeeIdentityReferenceWithId>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeRequestLite {
    /// Builds a `NonEmployeeRequestLite` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `requester`.
    pub fn requester(
        mut self,
        value: impl Into<crate::NonEmployeeIdentityReferenceWithId>,
    ) -> Self {
        self.requester = Some(value.into());
        self
    }
}
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
