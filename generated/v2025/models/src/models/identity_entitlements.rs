#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityEntitlements {
    #[serde(rename = "objectRef", default, skip_serializing_if = "Option::is_none")]
    pub object_ref: Option<crate::TaggedObjectDto>,
    /// Labels to be applied to object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityEntitlements {
    /// Builds a `IdentityEntitlements` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `object_ref`.
    pub fn object_ref(mut self, value: impl Into<crate::TaggedObjectDto>) -> Self {
        self.object_ref = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for IdentityEntitlements {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
