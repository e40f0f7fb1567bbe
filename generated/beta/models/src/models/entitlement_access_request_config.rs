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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementAccessRequestConfig {
    /// Builds a `EntitlementAccessRequestConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementAccessRequestConfig {
    approval_schemes: optional::<Vec<crate::EntitlementApprovalScheme>>(approval_schemes),
    request_comment_required: optional::<bool>(request_comment_required),
    denial_comment_required: optional::<bool>(denial_comment_required),
    reauthorization_required: optional::<bool>(reauthorization_required),
    require_end_date: optional::<bool>(require_end_date),
    max_permitted_access_duration: nullable::<crate::EntitlementAccessRequestConfigMaxPermittedAccessDuration>(max_permitted_access_duration, max_permitted_access_duration_null),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// Builds a `EntitlementAccessRequestConfigMaxPermittedAccessDuration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    value: optional::<i32>(value),
    time_unit: optional::<crate::EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit>(time_unit),
});
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
