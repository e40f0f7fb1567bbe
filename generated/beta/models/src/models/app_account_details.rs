#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppAccountDetails {
    /// The source app ID
    pub app_id: Option<String>,
    /// The source app display name
    pub app_display_name: Option<String>,
    pub source_account: Option<crate::AppAccountDetailsSourceAccount>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AppAccountDetails {
    /// Builds a `AppAccountDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AppAccountDetails {
    app_id: optional::<String>(app_id),
    app_display_name: optional::<String>(app_display_name),
    source_account: optional::<crate::AppAccountDetailsSourceAccount>(source_account),
});
crate::serde_helpers::serde_struct!(AppAccountDetails {
    app_id: optional("appId"),
    app_display_name: optional("appDisplayName"),
    source_account: optional("sourceAccount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AppAccountDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source_account, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppAccountDetailsSourceAccount {
    /// The account ID
    pub id: Option<String>,
    /// The native identity of account
    pub native_identity: Option<String>,
    /// The display name of account
    pub display_name: Option<String>,
    /// The source ID of account
    pub source_id: Option<String>,
    /// The source name of account
    pub source_display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AppAccountDetailsSourceAccount {
    /// Builds a `AppAccountDetailsSourceAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AppAccountDetailsSourceAccount {
    id: optional::<String>(id),
    native_identity: optional::<String>(native_identity),
    display_name: optional::<String>(display_name),
    source_id: optional::<String>(source_id),
    source_display_name: optional::<String>(source_display_name),
});
crate::serde_helpers::serde_struct!(AppAccountDetailsSourceAccount {
    id: optional("id"),
    native_identity: optional("nativeIdentity"),
    display_name: optional("displayName"),
    source_id: optional("sourceId"),
    source_display_name: optional("sourceDisplayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AppAccountDetailsSourceAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
