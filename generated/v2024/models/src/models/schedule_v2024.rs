#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleV2024 {
    /// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
    pub r#type: crate::ScheduleV2024Type,
    /// Specifies which months of a schedule are active. Only valid for ANNUALLY schedule types. Examples:
    ///
    /// On February and March:
    /// * type LIST
    /// * values "2", "3"
    ///
    /// Every 3 months, starting in January (quarterly):
    /// * type LIST
    /// * values "1"
    /// * interval 3
    ///
    /// Every two months between July and December:
    /// * type RANGE
    /// * values "7", "12"
    /// * interval 2
    pub months: Option<Option<crate::ScheduleV2024Months>>,
    /// Specifies which day(s) a schedule is active for. This is required for all schedule types.
    /// The "values" field holds different data depending on the type of schedule:
    /// * WEEKLY: days of the week (1-7)
    /// * MONTHLY: days of the month (1-31, L, L-1...)
    /// * ANNUALLY: if the "months" field is also set: days of the month (1-31, L, L-1...); otherwise: ISO-8601 dates without year ("--12-31")
    /// * CALENDAR: ISO-8601 dates ("2020-12-31")
    ///
    /// Note that CALENDAR only supports the LIST type, and ANNUALLY does not support the RANGE type when provided
    /// with ISO-8601 dates without year.
    ///
    /// Examples:
    ///
    /// On Sundays:
    /// * type LIST
    /// * values "1"
    ///
    /// The second to last day of the month:
    /// * type LIST
    /// * values "L-1"
    ///
    /// From the 20th to the last day of the month:
    /// * type RANGE
    /// * values "20", "L"
    ///
    /// Every March 2nd:
    /// * type LIST
    /// * values "--03-02"
    ///
    /// On March 2nd, 2021:
    /// * type: LIST
    /// * values "2021-03-02"
    pub days: Option<crate::ScheduleV2024Days>,
    /// Specifies which hour(s) a schedule is active for. Examples:
    ///
    /// Every three hours starting from 8AM, inclusive:
    /// * type LIST
    /// * values "8"
    /// * interval 3
    ///
    /// During business hours:
    /// * type RANGE
    /// * values "9", "5"
    ///
    /// At 5AM, noon, and 5PM:
    /// * type LIST
    /// * values "5", "12", "17"
    pub hours: crate::ScheduleV2024Hours,
    /// Specifies the time after which this schedule will no longer occur.
    pub expiration: Option<Option<crate::primitives::DateTime>>,
    /// The time zone to use when running the schedule. For instance, if the schedule is scheduled to run at 1AM, and this field is set to "CST", the schedule will run at 1AM CST.
    pub time_zone_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleV2024 {
    /// Builds a `ScheduleV2024` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleV2024Type>,
        hours: impl Into<crate::ScheduleV2024Hours>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            months: None,
            days: None,
            hours: hours.into(),
            expiration: None,
            time_zone_id: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ScheduleV2024 {
    months: nullable::<crate::ScheduleV2024Months>(months, months_null),
    days: optional::<crate::ScheduleV2024Days>(days),
    expiration: nullable::<crate::primitives::DateTime>(expiration, expiration_null),
    time_zone_id: optional::<String>(time_zone_id),
});
crate::serde_helpers::serde_struct!(ScheduleV2024 {
    r#type: required("type"),
    months: nullable("months"),
    days: optional("days"),
    hours: required("hours"),
    expiration: nullable("expiration"),
    time_zone_id: optional("timeZoneId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.months, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.days, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.hours, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Specifies which day(s) a schedule is active for. This is required for all schedule types.
/// The "values" field holds different data depending on the type of schedule:
/// * WEEKLY: days of the week (1-7)
/// * MONTHLY: days of the month (1-31, L, L-1...)
/// * ANNUALLY: if the "months" field is also set: days of the month (1-31, L, L-1...); otherwise: ISO-8601 dates without year ("--12-31")
/// * CALENDAR: ISO-8601 dates ("2020-12-31")
///
/// Note that CALENDAR only supports the LIST type, and ANNUALLY does not support the RANGE type when provided
/// with ISO-8601 dates without year.
///
/// Examples:
///
/// On Sundays:
/// * type LIST
/// * values "1"
///
/// The second to last day of the month:
/// * type LIST
/// * values "L-1"
///
/// From the 20th to the last day of the month:
/// * type RANGE
/// * values "20", "L"
///
/// Every March 2nd:
/// * type LIST
/// * values "--03-02"
///
/// On March 2nd, 2021:
/// * type: LIST
/// * values "2021-03-02"
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleV2024Days {
    /// Enum type to specify days value
    pub r#type: crate::ScheduleV2024DaysType,
    /// Values of the days based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    pub interval: Option<Option<i64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleV2024Days {
    /// Builds a `ScheduleV2024Days` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleV2024DaysType>,
        values: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            values: values.into(),
            interval: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ScheduleV2024Days {
    interval: nullable::<i64>(interval, interval_null),
});
crate::serde_helpers::serde_struct!(ScheduleV2024Days {
    r#type: required("type"),
    values: required("values"),
    interval: nullable("interval"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleV2024Days {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Enum type to specify days value
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleV2024DaysType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleV2024DaysType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "LIST",
            Self::Range => "RANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleV2024DaysType {
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Self::List,
            "RANGE" => Self::Range,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleV2024DaysType);
/// Specifies which hour(s) a schedule is active for. Examples:
///
/// Every three hours starting from 8AM, inclusive:
/// * type LIST
/// * values "8"
/// * interval 3
///
/// During business hours:
/// * type RANGE
/// * values "9", "5"
///
/// At 5AM, noon, and 5PM:
/// * type LIST
/// * values "5", "12", "17"
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleV2024Hours {
    /// Enum type to specify hours value
    pub r#type: crate::ScheduleV2024HoursType,
    /// Values of the days based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    pub interval: Option<Option<i64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleV2024Hours {
    /// Builds a `ScheduleV2024Hours` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleV2024HoursType>,
        values: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            values: values.into(),
            interval: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ScheduleV2024Hours {
    interval: nullable::<i64>(interval, interval_null),
});
crate::serde_helpers::serde_struct!(ScheduleV2024Hours {
    r#type: required("type"),
    values: required("values"),
    interval: nullable("interval"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleV2024Hours {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Enum type to specify hours value
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleV2024HoursType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleV2024HoursType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "LIST",
            Self::Range => "RANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleV2024HoursType {
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Self::List,
            "RANGE" => Self::Range,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleV2024HoursType);
/// Specifies which months of a schedule are active. Only valid for ANNUALLY schedule types. Examples:
///
/// On February and March:
/// * type LIST
/// * values "2", "3"
///
/// Every 3 months, starting in January (quarterly):
/// * type LIST
/// * values "1"
/// * interval 3
///
/// Every two months between July and December:
/// * type RANGE
/// * values "7", "12"
/// * interval 2
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleV2024Months {
    /// Enum type to specify months value
    pub r#type: crate::ScheduleV2024MonthsType,
    /// Values of the months based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    pub interval: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleV2024Months {
    /// Builds a `ScheduleV2024Months` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleV2024MonthsType>,
        values: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            values: values.into(),
            interval: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ScheduleV2024Months {
    interval: optional::<i64>(interval),
});
crate::serde_helpers::serde_struct!(ScheduleV2024Months {
    r#type: required("type"),
    values: required("values"),
    interval: optional("interval"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleV2024Months {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Enum type to specify months value
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleV2024MonthsType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleV2024MonthsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "LIST",
            Self::Range => "RANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleV2024MonthsType {
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Self::List,
            "RANGE" => Self::Range,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleV2024MonthsType);
/// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleV2024Type {
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `ANNUALLY`
    Annually,
    /// `CALENDAR`
    Calendar,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleV2024Type {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Annually => "ANNUALLY",
            Self::Calendar => "CALENDAR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleV2024Type {
    fn from(value: &str) -> Self {
        match value {
            "WEEKLY" => Self::Weekly,
            "MONTHLY" => Self::Monthly,
            "ANNUALLY" => Self::Annually,
            "CALENDAR" => Self::Calendar,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleV2024Type);
