#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestedAccountRef {
    /// Display name of the account for the user
    pub name: Option<String>,
    /// The type of item
    pub r#type: Option<crate::DtoType>,
    /// The uuid for the account
    pub account_uuid: Option<Option<String>>,
    /// The native identity for the account
    pub account_id: Option<Option<String>>,
    /// Display name of the source for the account
    pub source_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestedAccountRef {
    /// Builds a `RequestedAccountRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RequestedAccountRef {
    name: optional::<String>(name),
    r#type: optional::<crate::DtoType>(r#type),
    account_uuid: nullable::<String>(account_uuid, account_uuid_null),
    account_id: nullable::<String>(account_id, account_id_null),
    source_name: optional::<String>(source_name),
});
crate::serde_helpers::serde_struct!(RequestedAccountRef {
    name: optional("name"),
    r#type: optional("type"),
    account_uuid: nullable("accountUuid"),
    account_id: nullable("accountId"),
    source_name: optional("sourceName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedAccountRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
