#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityEntitlementDetailsAccountTarget {
    /// The id of account
    pub account_id: Option<String>,
    /// The name of account
    pub account_name: Option<String>,
    /// The UUID representation of the account if available
    pub account_uuid: Option<Option<String>>,
    /// The id of Source
    pub source_id: Option<String>,
    /// The name of Source
    pub source_name: Option<String>,
    /// The removal date scheduled for the entitlement on the Identity
    pub remove_date: Option<Option<String>>,
    /// The assignmentId of the entitlement on the Identity
    pub assignment_id: Option<Option<String>>,
    /// If the entitlement can be revoked
    pub revocable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityEntitlementDetailsAccountTarget {
    /// Builds a `IdentityEntitlementDetailsAccountTarget` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityEntitlementDetailsAccountTarget {
    account_id: optional::<String>(account_id),
    account_name: optional::<String>(account_name),
    account_uuid: nullable::<String>(account_uuid, account_uuid_null),
    source_id: optional::<String>(source_id),
    source_name: optional::<String>(source_name),
    remove_date: nullable::<String>(remove_date, remove_date_null),
    assignment_id: nullable::<String>(assignment_id, assignment_id_null),
    revocable: optional::<bool>(revocable),
});
crate::serde_helpers::serde_struct!(IdentityEntitlementDetailsAccountTarget {
    account_id: optional("accountId"),
    account_name: optional("accountName"),
    account_uuid: nullable("accountUUID"),
    source_id: optional("sourceId"),
    source_name: optional("sourceName"),
    remove_date: nullable("removeDate"),
    assignment_id: nullable("assignmentId"),
    revocable: optional("revocable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityEntitlementDetailsAccountTarget {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
