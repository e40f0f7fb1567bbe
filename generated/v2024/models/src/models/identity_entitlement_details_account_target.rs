#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityEntitlementDetailsAccountTarget {
    /// The id of account
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The name of account
    #[serde(rename = "accountName", default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// The UUID representation of the account if available
    #[serde(
        rename = "accountUUID",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account_uuid: Option<Option<String>>,
    /// The id of Source
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The name of Source
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The removal date scheduled for the entitlement on the Identity
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub remove_date: Option<Option<String>>,
    /// The assignmentId of the entitlement on the Identity
    #[serde(
        rename = "assignmentId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub assignment_id: Option<Option<String>>,
    /// If the entitlement can be revoked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityEntitlementDetailsAccountTarget {
    /// Builds a `IdentityEntitlementDetailsAccountTarget` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for IdentityEntitlementDetailsAccountTarget {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
