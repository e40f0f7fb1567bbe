#[derive(Debug, Clone, PartialEq)]
pub struct GetReferenceIdentityAttribute {
    /// This must always be set to "Cloud Services Deployment Utility"
    pub name: String,
    /// The operation to perform `getReferenceIdentityAttribute`
    pub operation: String,
    /// This is the SailPoint User Name (uid) value of the identity whose attribute is desired
    ///
    /// As a convenience feature, you can use the `manager` keyword to dynamically look up the user's manager and then get that manager's identity attribute.
    pub uid: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetReferenceIdentityAttribute {
    /// Builds a `GetReferenceIdentityAttribute` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        operation: impl Into<String>,
        uid: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            operation: operation.into(),
            uid: uid.into(),
            requires_periodic_refresh: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(GetReferenceIdentityAttribute {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
});
crate::serde_helpers::serde_struct!(GetReferenceIdentityAttribute {
    name: required("name"),
    operation: required("operation"),
    uid: required("uid"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetReferenceIdentityAttribute {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
