#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseCommonDtoV3 {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseCommonDtoV3 {
    /// Builds a `BaseCommonDtoV3` from its required fields; the others are unset.
    pub fn new(name: impl Into<Option<String>>) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(BaseCommonDtoV3 {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(BaseCommonDtoV3 {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseCommonDtoV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
