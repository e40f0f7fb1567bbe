/// Source configuration information for Native Change Detection that is read and used by account aggregation process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NativeChangeDetectionConfig {
    /// A flag indicating if Native Change Detection is enabled for a source.
    pub enabled: Option<bool>,
    /// Operation types for which Native Change Detection is enabled for a source.
    pub operations: Option<Vec<crate::NativeChangeDetectionConfigOperationsItem>>,
    /// A flag indicating that all entitlements participate in Native Change Detection.
    pub all_entitlements: Option<bool>,
    /// A flag indicating that all non-entitlement account attributes participate in Native Change Detection.
    pub all_non_entitlement_attributes: Option<bool>,
    /// If allEntitlements flag is off this field lists entitlements that participate in Native Change Detection.
    pub selected_entitlements: Option<Vec<String>>,
    /// If allNonEntitlementAttributes flag is off this field lists non-entitlement account attributes that participate in Native Change Detection.
    pub selected_non_entitlement_attributes: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NativeChangeDetectionConfig {
    /// Builds a `NativeChangeDetectionConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NativeChangeDetectionConfig {
    enabled: optional::<bool>(enabled),
    operations: optional::<Vec<crate::NativeChangeDetectionConfigOperationsItem>>(operations),
    all_entitlements: optional::<bool>(all_entitlements),
    all_non_entitlement_attributes: optional::<bool>(all_non_entitlement_attributes),
    selected_entitlements: optional::<Vec<String>>(selected_entitlements),
    selected_non_entitlement_attributes: optional::<Vec<String>>(selected_non_entitlement_attributes),
});
crate::serde_helpers::serde_struct!(NativeChangeDetectionConfig {
    enabled: optional("enabled"),
    operations: optional("operations"),
    all_entitlements: optional("allEntitlements"),
    all_non_entitlement_attributes: optional("allNonEntitlementAttributes"),
    selected_entitlements: optional("selectedEntitlements"),
    selected_non_entitlement_attributes: optional("selectedNonEntitlementAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NativeChangeDetectionConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operations, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NativeChangeDetectionConfigOperationsItem {
    /// `ACCOUNT_UPDATED`
    AccountUpdated,
    /// `ACCOUNT_CREATED`
    AccountCreated,
    /// `ACCOUNT_DELETED`
    AccountDeleted,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl NativeChangeDetectionConfigOperationsItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountUpdated => "ACCOUNT_UPDATED",
            Self::AccountCreated => "ACCOUNT_CREATED",
            Self::AccountDeleted => "ACCOUNT_DELETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for NativeChangeDetectionConfigOperationsItem {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_UPDATED" => Self::AccountUpdated,
            "ACCOUNT_CREATED" => Self::AccountCreated,
            "ACCOUNT_DELETED" => Self::AccountDeleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(NativeChangeDetectionConfigOperationsItem);
