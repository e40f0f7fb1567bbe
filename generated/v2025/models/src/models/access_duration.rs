#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDuration {
    /// The numeric value representing the amount of time, which is defined in the **timeUnit**.
    pub value: Option<i32>,
    /// The unit of time that corresponds to the **value**. It defines the scale of the time period.
    pub time_unit: Option<crate::AccessDurationTimeUnit>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessDuration {
    /// Builds a `AccessDuration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessDuration {
    value: optional::<i32>(value),
    time_unit: optional::<crate::AccessDurationTimeUnit>(time_unit),
});
crate::serde_helpers::serde_struct!(AccessDuration {
    value: optional("value"),
    time_unit: optional("timeUnit"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessDuration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.time_unit, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The unit of time that corresponds to the **value**. It defines the scale of the time period.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessDurationTimeUnit {
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
impl AccessDurationTimeUnit {
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
impl From<&str> for AccessDurationTimeUnit {
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
crate::serde_helpers::string_enum!(AccessDurationTimeUnit);
