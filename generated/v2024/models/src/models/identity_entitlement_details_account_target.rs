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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityEntitlementDetailsAccountTarget {
    /// Builds a `IdentityEntitlementDetailsAccountTarget` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `account_name`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `account_uuid`.
    pub fn account_uuid(mut self, value: impl Into<String>) -> Self {
        self.account_uuid = Some(Some(value.into()));
        self
    }
    /// Sets `account_uuid` to an explicit `null`.
    pub fn account_uuid_null(mut self) -> Self {
        self.account_uuid = Some(None);
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `remove_date`.
    pub fn remove_date(mut self, value: impl Into<String>) -> Self {
        self.remove_date = Some(Some(value.into()));
        self
    }
    /// Sets `remove_date` to an explicit `null`.
    pub fn remove_date_null(mut self) -> Self {
        self.remove_date = Some(None);
        self
    }
    /// Sets `assignment_id`.
    pub fn assignment_id(mut self, value: impl Into<String>) -> Self {
        self.assignment_id = Some(Some(value.into()));
        self
    }
    /// Sets `assignment_id` to an explicit `null`.
    pub fn assignment_id_null(mut self) -> Self {
        self.assignment_id = Some(None);
        self
    }
    /// Sets `revocable`.
    pub fn revocable(mut self, value: impl Into<bool>) -> Self {
        self.revocable = Some(value.into());
        self
    }
}
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
