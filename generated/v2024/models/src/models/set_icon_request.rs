#[derive(Debug, Clone, PartialEq)]
pub struct SetIconRequest {
    /// file with icon. Allowed mime-types \['image/png', 'image/jpeg'\]
    ///
    /// Format: `binary`.
    pub image: Vec<u8>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SetIconRequest {
    /// Builds a `SetIconRequest` from its required fields; the others are unset.
    pub fn new(image: impl Into<Vec<u8>>) -> Self {
        Self {
            image: image.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SetIconRequest {
    image: required("image"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SetIconRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
