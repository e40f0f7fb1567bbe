#[derive(Debug, Clone, PartialEq)]
pub struct AccessItemAccountResponse {
    /// the access item id
    pub id: Option<String>,
    /// the access item type. account in this case
    pub access_type: Option<String>,
    /// the display name of the identity
    pub display_name: Option<String>,
    /// the name of the source
    pub source_name: Option<String>,
    /// the native identifier used to uniquely identify an acccount
    pub native_identity: String,
    /// the id of the source
    pub source_id: Option<String>,
    /// the number of entitlements the account will create
    pub entitlement_count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemAccountResponse {
    /// Builds a `AccessItemAccountResponse` from its required fields; the others are unset.
    pub fn new(native_identity: impl Into<String>) -> Self {
        Self {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            native_identity: native_identity.into(),
            source_id: None,
            entitlement_count: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessItemAccountResponse {
    id: optional::<String>(id),
    access_type: optional::<String>(access_type),
    display_name: optional::<String>(display_name),
    source_name: optional::<String>(source_name),
    source_id: optional::<String>(source_id),
    entitlement_count: optional::<i32>(entitlement_count),
});
crate::serde_helpers::serde_struct!(AccessItemAccountResponse {
    id: optional("id"),
    access_type: optional("accessType"),
    display_name: optional("displayName"),
    source_name: optional("sourceName"),
    native_identity: required("nativeIdentity"),
    source_id: optional("sourceId"),
    entitlement_count: optional("entitlementCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemAccountResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
