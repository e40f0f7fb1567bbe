#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
    pub r#type: crate::ScheduleType2,
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
    pub months: Option<crate::ScheduleMonths>,
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
    pub days: Option<crate::ScheduleDays>,
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
    pub hours: crate::ScheduleHours,
    /// Specifies the time after which this schedule will no longer occur.
    pub expiration: Option<crate::primitives::DateTime>,
    /// The time zone to use when running the schedule. For instance, if the schedule is scheduled to run at 1AM, and this field is set to "CST", the schedule will run at 1AM CST.
    pub time_zone_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Schedule {
    /// Builds a `Schedule` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleType2>,
        hours: impl Into<crate::ScheduleHours>,
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
crate::serde_helpers::setters!(Schedule {
    months: optional::<crate::ScheduleMonths>(months),
    days: optional::<crate::ScheduleDays>(days),
    expiration: optional::<crate::primitives::DateTime>(expiration),
    time_zone_id: optional::<String>(time_zone_id),
});
crate::serde_helpers::serde_struct!(Schedule {
    r#type: required("type"),
    months: optional("months"),
    days: optional("days"),
    hours: required("hours"),
    expiration: optional("expiration"),
    time_zone_id: optional("timeZoneId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Schedule {
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
pub struct ScheduleDays {
    /// Enum type to specify days value
    pub r#type: crate::ScheduleDaysType,
    /// Values of the days based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    pub interval: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleDays {
    /// Builds a `ScheduleDays` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleDaysType>,
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
crate::serde_helpers::setters!(ScheduleDays {
    interval: optional::<i64>(interval),
});
crate::serde_helpers::serde_struct!(ScheduleDays {
    r#type: required("type"),
    values: required("values"),
    interval: optional("interval"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleDays {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Enum type to specify days value
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleDaysType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleDaysType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "LIST",
            Self::Range => "RANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleDaysType {
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Self::List,
            "RANGE" => Self::Range,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleDaysType);
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
pub struct ScheduleHours {
    /// Enum type to specify hours value
    pub r#type: crate::ScheduleHoursType,
    /// Values of the days based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    pub interval: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleHours {
    /// Builds a `ScheduleHours` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleHoursType>,
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
crate::serde_helpers::setters!(ScheduleHours {
    interval: optional::<i64>(interval),
});
crate::serde_helpers::serde_struct!(ScheduleHours {
    r#type: required("type"),
    values: required("values"),
    interval: optional("interval"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleHours {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Enum type to specify hours value
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleHoursType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleHoursType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "LIST",
            Self::Range => "RANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleHoursType {
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Self::List,
            "RANGE" => Self::Range,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleHoursType);
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
pub struct ScheduleMonths {
    /// Enum type to specify months value
    pub r#type: crate::ScheduleMonthsType,
    /// Values of the months based on the enum type mentioned above
    pub values: Vec<String>,
    /// Interval between the cert generations
    pub interval: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleMonths {
    /// Builds a `ScheduleMonths` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduleMonthsType>,
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
crate::serde_helpers::setters!(ScheduleMonths {
    interval: optional::<i64>(interval),
});
crate::serde_helpers::serde_struct!(ScheduleMonths {
    r#type: required("type"),
    values: required("values"),
    interval: optional("interval"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleMonths {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Enum type to specify months value
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleMonthsType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduleMonthsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "LIST",
            Self::Range => "RANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduleMonthsType {
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Self::List,
            "RANGE" => Self::Range,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduleMonthsType);
/// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduleType2 {
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
impl ScheduleType2 {
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
impl From<&str> for ScheduleType2 {
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
crate::serde_helpers::string_enum!(ScheduleType2);
