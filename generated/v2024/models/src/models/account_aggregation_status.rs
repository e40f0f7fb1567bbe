#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAggregationStatus {
    /// When the aggregation started.
    pub start: Option<Option<crate::primitives::DateTime>>,
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
    pub status: Option<crate::AccountAggregationStatusStatus>,
    /// The total number of *NEW, CHANGED and DELETED* accounts that need to be processed for this aggregation. This does not include accounts that were unchanged since the previous aggregation. This can be zero if there were no new, changed or deleted accounts since the previous aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub total_accounts: Option<i32>,
    /// The number of *NEW, CHANGED and DELETED* accounts that have been processed so far. This reflects the number of accounts that have been processed at the time of the API call, and may increase on subsequent API calls while the status is ACCOUNTS_COLLECTED. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub processed_accounts: Option<i32>,
    /// The total number of accounts that have been marked for deletion during the aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub total_accounts_marked_for_deletion: Option<i32>,
    /// The number of accounts that have been deleted during the aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub deleted_accounts: Option<i32>,
    /// The total number of unique identities that have been marked for refresh. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub total_identities: Option<i32>,
    /// The number of unique identities that have been refreshed at the time of the API call, and may increase on subsequent API calls while the status is ACCOUNTS_COLLECTED. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    pub processed_identities: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAggregationStatus {
    /// Builds a `AccountAggregationStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountAggregationStatus {
    start: nullable::<crate::primitives::DateTime>(start, start_null),
    status: optional::<crate::AccountAggregationStatusStatus>(status),
    total_accounts: optional::<i32>(total_accounts),
    processed_accounts: optional::<i32>(processed_accounts),
    total_accounts_marked_for_deletion: optional::<i32>(total_accounts_marked_for_deletion),
    deleted_accounts: optional::<i32>(deleted_accounts),
    total_identities: optional::<i32>(total_identities),
    processed_identities: optional::<i32>(processed_identities),
});
crate::serde_helpers::serde_struct!(AccountAggregationStatus {
    start: nullable("start"),
    status: optional("status"),
    total_accounts: optional("totalAccounts"),
    processed_accounts: optional("processedAccounts"),
    total_accounts_marked_for_deletion: optional("totalAccountsMarkedForDeletion"),
    deleted_accounts: optional("deletedAccounts"),
    total_identities: optional("totalIdentities"),
    processed_identities: optional("processedIdentities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAggregationStatus {
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
pub enum AccountAggregationStatusStatus {
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
    /// `NOT_FOUND`
    NotFound,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountAggregationStatusStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "STARTED",
            Self::AccountsCollected => "ACCOUNTS_COLLECTED",
            Self::Completed => "COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::Retried => "RETRIED",
            Self::Terminated => "TERMINATED",
            Self::NotFound => "NOT_FOUND",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountAggregationStatusStatus {
    fn from(value: &str) -> Self {
        match value {
            "STARTED" => Self::Started,
            "ACCOUNTS_COLLECTED" => Self::AccountsCollected,
            "COMPLETED" => Self::Completed,
            "CANCELLED" => Self::Cancelled,
            "RETRIED" => Self::Retried,
            "TERMINATED" => Self::Terminated,
            "NOT_FOUND" => Self::NotFound,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountAggregationStatusStatus);
