#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountInfoRef {
    /// The uuid for the account, available under the 'objectguid' attribute
    pub uuid: Option<String>,
    /// The 'distinguishedName' attribute for the account
    pub native_identity: Option<String>,
    /// DTO type
    pub r#type: Option<crate::DtoType>,
    /// The account id
    pub id: Option<String>,
    /// The account display name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountInfoRef {
    /// Builds a `AccountInfoRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountInfoRef {
    uuid: optional::<String>(uuid),
    native_identity: optional::<String>(native_identity),
    r#type: optional::<crate::DtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccountInfoRef {
    uuid: optional("uuid"),
    native_identity: optional("nativeIdentity"),
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountInfoRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
