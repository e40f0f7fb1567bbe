#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NonEmployeeRequestLite {
    /// Non-Employee request id.
    ///
    /// Format: `uuid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<crate::NonEmployeeIdentityReferenceWithId>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for NonEmployeeRequestLite {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
