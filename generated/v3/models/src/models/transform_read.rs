/// Includes the fields of [`Transform`](crate::Transform).
#[derive(Debug, Clone, PartialEq)]
pub struct TransformRead {
    /// Unique name of this transform
    pub name: String,
    /// The type of transform operation
    pub r#type: crate::TransformType,
    /// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
    pub attributes: Option<crate::TransformAttributes>,
    /// Unique ID of this transform
    pub id: String,
    /// Indicates whether this is an internal SailPoint-created transform or a customer-created transform
    pub internal: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TransformRead {
    /// Builds a `TransformRead` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        r#type: impl Into<crate::TransformType>,
        attributes: impl Into<Option<crate::TransformAttributes>>,
        id: impl Into<String>,
        internal: impl Into<bool>,
    ) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            attributes: attributes.into(),
            id: id.into(),
            internal: internal.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(TransformRead {
    name: required("name"),
    r#type: required("type"),
    attributes: required("attributes"),
    id: required("id"),
    internal: required("internal"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TransformRead {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
