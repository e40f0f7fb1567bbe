#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivilegeCriteriaDto {
    /// The Id of the criteria.
    pub id: Option<String>,
    /// The Id of the source that the criteria is applied to.
    pub source_id: Option<String>,
    /// The type of criteria.
    pub r#type: Option<crate::PrivilegeCriteriaDtoType>,
    /// The logical operator to apply between groups.
    pub operator: Option<crate::PrivilegeCriteriaDtoOperator>,
    pub groups: Option<Vec<crate::PrivilegeCriteriaDtoGroupsItem>>,
    /// The privilege level assigned by this criteria.
    pub privilege_level: Option<crate::PrivilegeCriteriaDtoPrivilegeLevel>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PrivilegeCriteriaDto {
    /// Builds a `PrivilegeCriteriaDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PrivilegeCriteriaDto {
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    r#type: optional::<crate::PrivilegeCriteriaDtoType>(r#type),
    operator: optional::<crate::PrivilegeCriteriaDtoOperator>(operator),
    groups: optional::<Vec<crate::PrivilegeCriteriaDtoGroupsItem>>(groups),
    privilege_level: optional::<crate::PrivilegeCriteriaDtoPrivilegeLevel>(privilege_level),
});
crate::serde_helpers::serde_struct!(PrivilegeCriteriaDto {
    id: optional("id"),
    source_id: optional("sourceId"),
    r#type: optional("type"),
    operator: optional("operator"),
    groups: optional("groups"),
    privilege_level: optional("privilegeLevel"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PrivilegeCriteriaDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.groups, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.privilege_level, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivilegeCriteriaDtoGroupsItem {
    /// The logical operator to apply between criteria items in the group.
    pub operator: Option<crate::PrivilegeCriteriaDtoGroupsItemOperator>,
    pub criteria_items: Option<
        Vec<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PrivilegeCriteriaDtoGroupsItem {
    /// Builds a `PrivilegeCriteriaDtoGroupsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PrivilegeCriteriaDtoGroupsItem {
    operator: optional::<crate::PrivilegeCriteriaDtoGroupsItemOperator>(operator),
    criteria_items: optional::<Vec<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem>>(criteria_items),
});
crate::serde_helpers::serde_struct!(PrivilegeCriteriaDtoGroupsItem {
    operator: optional("operator"),
    criteria_items: optional("criteriaItems"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PrivilegeCriteriaDtoGroupsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    /// The target type for the criteria item.
    pub target_type: Option<
        crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemTargetType,
    >,
    /// The operator to apply to the property and values.
    pub operator: Option<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemOperator>,
    pub property: Option<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty>,
    /// The values to evaluate the property against.
    pub values: Option<Vec<String>>,
    /// Whether to ignore case when evaluating the property against the values.
    pub ignore_case: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    /// Builds a `PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    target_type: optional::<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemTargetType>(target_type),
    operator: optional::<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemOperator>(operator),
    property: optional::<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty>(property),
    values: optional::<Vec<String>>(values),
    ignore_case: optional::<bool>(ignore_case),
});
crate::serde_helpers::serde_struct!(PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    target_type: optional("targetType"),
    operator: optional("operator"),
    property: nullable("property"),
    values: optional("values"),
    ignore_case: optional("ignoreCase"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.target_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.property, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operator to apply to the property and values.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemOperator {
    /// `IN`
    In,
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `DOES_NOT_CONTAIN`
    DoesNotContain,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::In => "IN",
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::DoesNotContain => "DOES_NOT_CONTAIN",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemOperator {
    fn from(value: &str) -> Self {
        match value {
            "IN" => Self::In,
            "EQUALS" => Self::Equals,
            "NOT_EQUALS" => Self::NotEquals,
            "CONTAINS" => Self::Contains,
            "DOES_NOT_CONTAIN" => Self::DoesNotContain,
            "STARTS_WITH" => Self::StartsWith,
            "ENDS_WITH" => Self::EndsWith,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemOperator
);
#[derive(Debug, Clone, PartialEq)]
pub enum PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
    PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
        crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1,
    ),
    Value(::serde_json::Value),
}
impl ::serde::Serialize for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                value,
            ) => ::serde::Serialize::serialize(value, serializer),
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
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
        match crate::serde_helpers::try_variant::<
            crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                            value,
                        ),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                        value,
                    ),
                );
            }
            Err(error) => {
                errors
                    .push((
                        "PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1",
                        error,
                    ))
            }
        }
        match crate::serde_helpers::try_variant::<::serde_json::Value>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Value(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Value(value));
            }
            Err(error) => errors.push(("Value", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1 as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(
                        Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1,
                    )
            }
            1usize => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Value)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                value,
            ) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1 {
    /// `displayName`
    DisplayName,
    /// `description`
    Description,
    /// `value`
    Value,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1 {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DisplayName => "displayName",
            Self::Description => "description",
            Self::Value => "value",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1 {
    fn from(value: &str) -> Self {
        match value {
            "displayName" => Self::DisplayName,
            "description" => Self::Description,
            "value" => Self::Value,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1
);
/// The target type for the criteria item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemTargetType {
    /// `group`
    Group,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemTargetType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemTargetType {
    fn from(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemTargetType
);
/// The logical operator to apply between criteria items in the group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivilegeCriteriaDtoGroupsItemOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PrivilegeCriteriaDtoGroupsItemOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrivilegeCriteriaDtoGroupsItemOperator {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PrivilegeCriteriaDtoGroupsItemOperator);
/// The logical operator to apply between groups.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivilegeCriteriaDtoOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PrivilegeCriteriaDtoOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrivilegeCriteriaDtoOperator {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PrivilegeCriteriaDtoOperator);
/// The privilege level assigned by this criteria.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivilegeCriteriaDtoPrivilegeLevel {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PrivilegeCriteriaDtoPrivilegeLevel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "HIGH",
            Self::Medium => "MEDIUM",
            Self::Low => "LOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrivilegeCriteriaDtoPrivilegeLevel {
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => Self::High,
            "MEDIUM" => Self::Medium,
            "LOW" => Self::Low,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PrivilegeCriteriaDtoPrivilegeLevel);
/// The type of criteria.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivilegeCriteriaDtoType {
    /// `CUSTOM`
    Custom,
    /// `CONNECTOR`
    Connector,
    /// `SINGLE_LEVEL`
    SingleLevel,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PrivilegeCriteriaDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::Connector => "CONNECTOR",
            Self::SingleLevel => "SINGLE_LEVEL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrivilegeCriteriaDtoType {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            "CONNECTOR" => Self::Connector,
            "SINGLE_LEVEL" => Self::SingleLevel,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PrivilegeCriteriaDtoType);
