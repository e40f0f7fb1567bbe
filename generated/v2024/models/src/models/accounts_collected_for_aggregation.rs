#[derive(Debug, Clone, PartialEq)]
pub struct AccountsCollectedForAggregation {
    /// Reference to the source that has been aggregated.
    pub source: crate::AccountsCollectedForAggregationSource,
    /// The overall status of the collection.
    pub status: crate::AccountsCollectedForAggregationStatus,
    /// The date and time when the account collection started.
    pub started: crate::primitives::DateTime,
    /// The date and time when the account collection finished.
    pub completed: crate::primitives::DateTime,
    /// A list of errors that occurred during the collection.
    pub errors: Option<Vec<String>>,
    /// A list of warnings that occurred during the collection.
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account collection.
    pub stats: crate::AccountsCollectedForAggregationStats,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountsCollectedForAggregation {
    /// Builds a `AccountsCollectedForAggregation` from its required fields; the others are unset.
    pub fn new(
        source: impl Into<crate::AccountsCollectedForAggregationSource>,
        status: impl Into<crate::AccountsCollectedForAggregationStatus>,
        started: impl Into<crate::primitives::DateTime>,
        completed: impl Into<crate::primitives::DateTime>,
        errors: impl Into<Option<Vec<String>>>,
        warnings: impl Into<Option<Vec<String>>>,
        stats: impl Into<crate::AccountsCollectedForAggregationStats>,
    ) -> Self {
        Self {
            source: source.into(),
            status: status.into(),
            started: started.into(),
            completed: completed.into(),
            errors: errors.into(),
            warnings: warnings.into(),
            stats: stats.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountsCollectedForAggregation {
    source: required("source"),
    status: required("status"),
    started: required("started"),
    completed: required("completed"),
    errors: required("errors"),
    warnings: required("warnings"),
    stats: required("stats"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountsCollectedForAggregation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.stats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Reference to the source that has been aggregated.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountsCollectedForAggregationSource {
    /// ID of the object to which this reference applies
    pub id: String,
    /// The type of object that is referenced
    pub r#type: crate::AccountsCollectedForAggregationSourceType,
    /// Human-readable display name of the object to which this reference applies
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountsCollectedForAggregationSource {
    /// Builds a `AccountsCollectedForAggregationSource` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        r#type: impl Into<crate::AccountsCollectedForAggregationSourceType>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountsCollectedForAggregationSource {
    id: required("id"),
    r#type: required("type"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountsCollectedForAggregationSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountsCollectedForAggregationSourceType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountsCollectedForAggregationSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountsCollectedForAggregationSourceType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountsCollectedForAggregationSourceType);
/// Overall statistics about the account collection.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountsCollectedForAggregationStats {
    /// The number of accounts which were scanned / iterated over.
    pub scanned: i32,
    /// The number of accounts which existed before, but had no changes.
    pub unchanged: i32,
    /// The number of accounts which existed before, but had changes.
    pub changed: i32,
    /// The number of accounts which are new - have not existed before.
    pub added: i32,
    /// The number accounts which existed before, but no longer exist (thus getting removed).
    pub removed: i32,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountsCollectedForAggregationStats {
    /// Builds a `AccountsCollectedForAggregationStats` from its required fields; the others are unset.
    pub fn new(
        scanned: impl Into<i32>,
        unchanged: impl Into<i32>,
        changed: impl Into<i32>,
        added: impl Into<i32>,
        removed: impl Into<i32>,
    ) -> Self {
        Self {
            scanned: scanned.into(),
            unchanged: unchanged.into(),
            changed: changed.into(),
            added: added.into(),
            removed: removed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountsCollectedForAggregationStats {
    scanned: required("scanned"),
    unchanged: required("unchanged"),
    changed: required("changed"),
    added: required("added"),
    removed: required("removed"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountsCollectedForAggregationStats {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// The overall status of the collection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountsCollectedForAggregationStatus {
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// `Terminated`
    Terminated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountsCollectedForAggregationStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Failed => "Failed",
            Self::Terminated => "Terminated",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountsCollectedForAggregationStatus {
    fn from(value: &str) -> Self {
        match value {
            "Success" => Self::Success,
            "Failed" => Self::Failed,
            "Terminated" => Self::Terminated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountsCollectedForAggregationStatus);
