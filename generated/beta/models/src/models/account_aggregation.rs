/// Account Aggregation Status
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAggregation {
    /// When the aggregation started.
    pub start: Option<crate::primitives::DateTime>,
    /// STARTED - Aggregation started, but source account iteration has not completed.
    ///
    /// ACCOUNTS_COLLECTED - Source account iteration completed, but all accounts have not yet been processed.
    ///
    /// COMPLETED - Aggregation completed (*possibly with errors*).
    ///
    /// CANCELLED - Aggregation cancelled by user.
    ///
    /// RETRIED - Aggregation retried because of connectivity issues with the Virtual Appliance.
    ///
    /// TERMINATED - Aggregation marked as failed after 3 tries after connectivity issues with the Virtual Appliance.
    pub status: Option<crate::AccountAggregationStatus>,
    /// The total number of *NEW, CHANGED and DELETED* accounts that need to be processed for this aggregation. This does not include accounts that were unchanged since the previous aggregation. This can be zero if there were no new, changed or deleted accounts since the previous aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub total_accounts: Option<i64>,
    /// The number of *NEW, CHANGED and DELETED* accounts that have been processed so far. This reflects the number of accounts that have been processed at the time of the API call, and may increase on subsequent API calls while the status is ACCOUNTS_COLLECTED. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub processed_accounts: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAggregation {
    /// Builds a `AccountAggregation` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountAggregation {
    start: optional::<crate::primitives::DateTime>(start),
    status: optional::<crate::AccountAggregationStatus>(status),
    total_accounts: optional::<i64>(total_accounts),
    processed_accounts: optional::<i64>(processed_accounts),
});
crate::serde_helpers::serde_struct!(AccountAggregation {
    start: optional("start"),
    status: optional("status"),
    total_accounts: optional("totalAccounts"),
    processed_accounts: optional("processedAccounts"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAggregation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// STARTED - Aggregation started, but source account iteration has not completed.
///
/// ACCOUNTS_COLLECTED - Source account iteration completed, but all accounts have not yet been processed.
///
/// COMPLETED - Aggregation completed (*possibly with errors*).
///
/// CANCELLED - Aggregation cancelled by user.
///
/// RETRIED - Aggregation retried because of connectivity issues with the Virtual Appliance.
///
/// TERMINATED - Aggregation marked as failed after 3 tries after connectivity issues with the Virtual Appliance.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountAggregationStatus {
    /// `STARTED`
    Started,
    /// `ACCOUNTS_COLLECTED`
    AccountsCollected,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `RETRIED`
    Retried,
    /// `TERMINATED`
    Terminated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountAggregationStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "STARTED",
            Self::AccountsCollected => "ACCOUNTS_COLLECTED",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::Retried => "RETRIED",
            Self::Terminated => "TERMINATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountAggregationStatus {
    fn from(value: &str) -> Self {
        match value {
            "STARTED" => Self::Started,
            "ACCOUNTS_COLLECTED" => Self::AccountsCollected,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            "RETRIED" => Self::Retried,
            "TERMINATED" => Self::Terminated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountAggregationStatus);
