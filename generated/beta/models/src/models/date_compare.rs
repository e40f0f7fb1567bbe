#[derive(Debug, Clone, PartialEq)]
pub struct DateCompare {
    /// This is the first date to consider (The date that would be on the left hand side of the comparison operation).
    pub first_date: crate::DateCompareFirstDate,
    /// This is the second date to consider (The date that would be on the right hand side of the comparison operation).
    pub second_date: crate::DateCompareSecondDate,
    /// This is the comparison to perform.
    /// | Operation | Description |
    /// | --------- | ------- |
    /// | LT        | Strictly less than: `firstDate < secondDate` |
    /// | LTE       | Less than or equal to: `firstDate <= secondDate` |
    /// | GT        | Strictly greater than: `firstDate > secondDate` |
    /// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
    pub operator: crate::DateCompareOperator,
    /// The output of the transform if the expression evalutes to true
    pub positive_condition: String,
    /// The output of the transform if the expression evalutes to false
    pub negative_condition: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DateCompare {
    /// Builds a `DateCompare` from its required fields; the others are unset.
    pub fn new(
        first_date: impl Into<crate::DateCompareFirstDate>,
        second_date: impl Into<crate::DateCompareSecondDate>,
        operator: impl Into<crate::DateCompareOperator>,
        positive_condition: impl Into<String>,
        negative_condition: impl Into<String>,
    ) -> Self {
        Self {
            first_date: first_date.into(),
            second_date: second_date.into(),
            operator: operator.into(),
            positive_condition: positive_condition.into(),
            negative_condition: negative_condition.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(DateCompare {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(DateCompare {
    first_date: required("firstDate"),
    second_date: required("secondDate"),
    operator: required("operator"),
    positive_condition: required("positiveCondition"),
    negative_condition: required("negativeCondition"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DateCompare {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.first_date, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.second_date, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// This is the first date to consider (The date that would be on the left hand side of the comparison operation).
#[derive(Debug, Clone, PartialEq)]
pub enum DateCompareFirstDate {
    AccountAttribute(crate::AccountAttribute),
    DateFormat(crate::DateFormat),
}
impl ::serde::Serialize for DateCompareFirstDate {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccountAttribute(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::DateFormat(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for DateCompareFirstDate {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::AccountAttribute>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountAttribute(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountAttribute(value),
                );
            }
            Err(error) => errors.push(("AccountAttribute", error)),
        }
        match crate::serde_helpers::try_variant::<crate::DateFormat>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DateFormat(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::DateFormat(value),
                );
            }
            Err(error) => errors.push(("DateFormat", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::AccountAttribute as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccountAttribute)
            }
            1usize => {
                <crate::DateFormat as ::serde::Deserialize>::deserialize(json)
                    .map(Self::DateFormat)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("DateCompareFirstDate", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for DateCompareFirstDate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccountAttribute(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::DateFormat(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
/// This is the comparison to perform.
/// | Operation | Description |
/// | --------- | ------- |
/// | LT        | Strictly less than: `firstDate < secondDate` |
/// | LTE       | Less than or equal to: `firstDate <= secondDate` |
/// | GT        | Strictly greater than: `firstDate > secondDate` |
/// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DateCompareOperator {
    /// `LT`
    Lt,
    /// `LTE`
    Lte,
    /// `GT`
    Gt,
    /// `GTE`
    Gte,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DateCompareOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lt => "LT",
            Self::Lte => "LTE",
            Self::Gt => "GT",
            Self::Gte => "GTE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DateCompareOperator {
    fn from(value: &str) -> Self {
        match value {
            "LT" => Self::Lt,
            "LTE" => Self::Lte,
            "GT" => Self::Gt,
            "GTE" => Self::Gte,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DateCompareOperator);
/// This is the second date to consider (The date that would be on the right hand side of the comparison operation).
#[derive(Debug, Clone, PartialEq)]
pub enum DateCompareSecondDate {
    AccountAttribute(crate::AccountAttribute),
    DateFormat(crate::DateFormat),
}
impl ::serde::Serialize for DateCompareSecondDate {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccountAttribute(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::DateFormat(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for DateCompareSecondDate {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::AccountAttribute>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountAttribute(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountAttribute(value),
                );
            }
            Err(error) => errors.push(("AccountAttribute", error)),
        }
        match crate::serde_helpers::try_variant::<crate::DateFormat>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DateFormat(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::DateFormat(value),
                );
            }
            Err(error) => errors.push(("DateFormat", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::AccountAttribute as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccountAttribute)
            }
            1usize => {
                <crate::DateFormat as ::serde::Deserialize>::deserialize(json)
                    .map(Self::DateFormat)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("DateCompareSecondDate", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for DateCompareSecondDate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccountAttribute(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::DateFormat(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
