#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementDocumentPermissionsItem {
    /// The target the permission would grants rights on.
    pub target: Option<String>,
    /// All the rights (e.g. actions) that this permission allows on the target
    pub rights: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementDocumentPermissionsItem {
    /// Builds a `EntitlementDocumentPermissionsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementDocumentPermissionsItem {
    target: optional::<String>(target),
    rights: optional::<Vec<String>>(rights),
});
crate::serde_helpers::serde_struct!(EntitlementDocumentPermissionsItem {
    target: optional("target"),
    rights: optional("rights"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementDocumentPermissionsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
