#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountStatusChangedAccount {
    /// the ID of the account in the database
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the native identifier of the account
    #[serde(rename = "nativeIdentity", default, skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// the display name of the account
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the ID of the source for this account
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// the name of the source for this account
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// the number of entitlements on this account
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlement_count: Option<i32>,
    /// this value is always "account"
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountStatusChangedAccount {
    /// Builds a `AccountStatusChangedAccount` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            native_identity: None,
            display_name: None,
            source_id: None,
            source_name: None,
            entitlement_count: None,
            access_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountStatusChangedAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
