#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementAccessRequestConfig {
    /// Ordered list of approval steps for the access request. Empty when no approval is required.
    pub approval_schemes: Option<Vec<crate::EntitlementApprovalScheme>>,
    /// If the requester must provide a comment during access request.
    pub request_comment_required: Option<bool>,
    /// If the reviewer must provide a comment when denying the access request.
    pub denial_comment_required: Option<bool>,
    /// Is Reauthorization Required
    pub reauthorization_required: Option<bool>,
    /// If true, then remove date or sunset date is required in access request of the entitlement.
    pub require_end_date: Option<bool>,
    /// The maximum duration for which the access is permitted.
    pub max_permitted_access_duration: Option<
        Option<crate::EntitlementAccessRequestConfigMaxPermittedAccessDuration>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementAccessRequestConfig {
    /// Builds a `EntitlementAccessRequestConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `approval_schemes`.
    pub fn approval_schemes(
        mut self,
        value: impl Into<Vec<crate::EntitlementApprovalScheme>>,
    ) -> Self {
        self.approval_schemes = Some(value.into());
        self
    }
    /// Sets `request_comment_required`.
    pub fn request_comment_required(mut self, value: impl Into<bool>) -> Self {
        self.request_comment_required = Some(value.into());
        self
    }
    /// Sets `denial_comment_required`.
    pub fn denial_comment_required(mut self, value: impl Into<bool>) -> Self {
        self.denial_comment_required = Some(value.into());
        self
    }
    /// Sets `reauthorization_required`.
    pub fn reauthorization_required(mut self, value: impl Into<bool>) -> Self {
        self.reauthorization_required = Some(value.into());
        self
    }
    /// Sets `require_end_date`.
    pub fn require_end_date(mut self, value: impl Into<bool>) -> Self {
        self.require_end_date = Some(value.into());
        self
    }
    /// Sets `max_permitted_access_duration`.
    pub fn max_permitted_access_duration(
        mut self,
        value: impl Into<crate::EntitlementAccessRequestConfigMaxPermittedAccessDuration>,
    ) -> Self {
        self.max_permitted_access_duration = Some(Some(value.into()));
        self
    }
    /// Sets `max_permitted_access_duration` to an explicit `null`.
    pub fn max_permitted_access_duration_null(mut self) -> Self {
        self.max_permitted_access_duration = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(EntitlementAccessRequestConfig {
    approval_schemes: optional("approvalSchemes"),
    request_comment_required: optional("requestCommentRequired"),
    denial_comment_required: optional("denialCommentRequired"),
    reauthorization_required: optional("reauthorizationRequired"),
    require_end_date: optional("requireEndDate"),
    max_permitted_access_duration: nullable("maxPermittedAccessDuration"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementAccessRequestConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_schemes, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.max_permitted_access_duration,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// The maximum duration for which the access is permitted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    pub value: Option<i32>,
    /// The time unit for the duration.
    pub time_unit: Option<
        crate::EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// Builds a `EntitlementAccessRequestConfigMaxPermittedAccessDuration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<i32>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `time_unit`.
    pub fn time_unit(
        mut self,
        value: impl Into<
            crate::EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit,
        >,
    ) -> Self {
        self.time_unit = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    value: optional("value"),
    time_unit: optional("timeUnit"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.time_unit, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit {
    /// `HOURS`
    Hours,
    /// `DAYS`
    Days,
    /// `WEEKS`
    Weeks,
    /// `MONTHS`
    Months,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hours => "HOURS",
            Self::Days => "DAYS",
            Self::Weeks => "WEEKS",
            Self::Months => "MONTHS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit {
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => Self::Hours,
            "DAYS" => Self::Days,
            "WEEKS" => Self::Weeks,
            "MONTHS" => Self::Months,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit
);
