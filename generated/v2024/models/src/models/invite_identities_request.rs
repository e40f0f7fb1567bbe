#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteIdentitiesRequest {
    /// The list of Identities IDs to invite - required when 'uninvited' is false
    pub ids: Option<Option<Vec<String>>>,
    /// indicator (optional) to invite all unregistered identities in the system within a limit 1000. This parameter makes sense only when 'ids' is empty.
    pub uninvited: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl InviteIdentitiesRequest {
    /// Builds a `InviteIdentitiesRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(InviteIdentitiesRequest {
    ids: nullable::<Vec<String>>(ids, ids_null),
    uninvited: optional::<bool>(uninvited),
});
crate::serde_helpers::serde_struct!(InviteIdentitiesRequest {
    ids: nullable("ids"),
    uninvited: optional("uninvited"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for InviteIdentitiesRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
