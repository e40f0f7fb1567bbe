#[derive(Debug, Clone, PartialEq)]
pub struct AccountAggregationCompleted {
    /// Source ISC is aggregating accounts from.
    pub source: crate::AccountAggregationCompletedSource,
    /// Aggregation's overall status.
    pub status: crate::AccountAggregationCompletedStatus,
    /// Date and time when the account aggregation started.
    pub started: crate::primitives::DateTime,
    /// Date and time when the account aggregation finished.
    pub completed: crate::primitives::DateTime,
    /// List of errors that occurred during the aggregation.
    pub errors: Option<Vec<String>>,
    /// List of warnings that occurred during the aggregation.
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account aggregation.
    pub stats: crate::AccountAggregationCompletedStats,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAggregationCompleted {
    /// Builds a `AccountAggregationCompleted` from its required fields; the others are unset.
    pub fn new(
        source: impl Into<crate::AccountAggregationCompletedSource>,
        status: impl Into<crate::AccountAggregationCompletedStatus>,
        started: impl Into<crate::primitives::DateTime>,
        completed: impl Into<crate::primitives::DateTime>,
        errors: impl Into<Option<Vec<String>>>,
        warnings: impl Into<Option<Vec<String>>>,
        stats: impl Into<crate::AccountAggregationCompletedStats>,
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
crate::serde_helpers::serde_struct!(AccountAggregationCompleted {
    source: required("source"),
    status: required("status"),
    started: required("started"),
    completed: required("completed"),
    errors: required("errors"),
    warnings: required("warnings"),
    stats: required("stats"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAggregationCompleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.stats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Source ISC is aggregating accounts from.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAggregationCompletedSource {
    /// Source's DTO type.
    pub r#type: crate::AccountAggregationCompletedSourceType,
    /// Source's unique ID.
    pub id: String,
    /// Source's name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAggregationCompletedSource {
    /// Builds a `AccountAggregationCompletedSource` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::AccountAggregationCompletedSourceType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountAggregationCompletedSource {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAggregationCompletedSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Source's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountAggregationCompletedSourceType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountAggregationCompletedSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountAggregationCompletedSourceType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountAggregationCompletedSourceType);
/// Overall statistics about the account aggregation.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAggregationCompletedStats {
    /// Number of accounts scanned/iterated over.
    pub scanned: i32,
    /// Number of accounts that existed before but had no changes.
    pub unchanged: i32,
    /// Number of accounts that existed before but had changes.
    pub changed: i32,
    /// Number of accounts that are new and didn't previously exist.
    pub added: i32,
    /// Number accounts that existed before but were removed and no longer exist.
    pub removed: i32,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAggregationCompletedStats {
    /// Builds a `AccountAggregationCompletedStats` from its required fields; the others are unset.
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
crate::serde_helpers::serde_struct!(AccountAggregationCompletedStats {
    scanned: required("scanned"),
    unchanged: required("unchanged"),
    changed: required("changed"),
    added: required("added"),
    removed: required("removed"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAggregationCompletedStats {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Aggregation's overall status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountAggregationCompletedStatus {
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// `Terminated`
    Terminated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountAggregationCompletedStatus {
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
impl From<&str> for AccountAggregationCompletedStatus {
    fn from(value: &str) -> Self {
        match value {
            "Success" => Self::Success,
            "Failed" => Self::Failed,
            "Terminated" => Self::Terminated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountAggregationCompletedStatus);
