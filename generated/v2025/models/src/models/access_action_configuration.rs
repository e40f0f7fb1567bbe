/// This is used for access configuration for a lifecycle state
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessActionConfiguration {
    /// If true, then all accesses are marked for removal.
    pub remove_all_access_enabled: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessActionConfiguration {
    /// Builds a `AccessActionConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessActionConfiguration {
    remove_all_access_enabled: optional::<bool>(remove_all_access_enabled),
});
crate::serde_helpers::serde_struct!(AccessActionConfiguration {
    remove_all_access_enabled: optional("removeAllAccessEnabled"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessActionConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
